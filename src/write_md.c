/* write_md.c: a document as markdown, for handouts and briefings. */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "write.h"

/*
 * Escaping.  Every text from the data is written with each character that
 * could open markup backslash-escaped (emphasis, code, links, HTML and
 * entities, headings, tables, strikethrough), its blanks at the ends
 * dropped and the start of a list item escaped, so that where it starts a
 * line or follows a list marker it is still a paragraph's text.  Controls
 * become spaces (C1 ones U+FFFD).  A slug goes in a code span whose fence
 * is longer than any run of backticks it holds.
 */

static int
md_blank(unsigned char c)
{
	return c <= ' ' || c == 0x7f;
}

/* One character of the data from `p`; returns the bytes it took. */
static size_t
md_char(FILE *fp, const unsigned char *p, const unsigned char *end)
{
	size_t n = text_control((const char *)p, (size_t)(end - p));

	if (n == 2)
		fputs("\xef\xbf\xbd", fp);
	else
		fputc(n ? ' ' : *p, fp);
	return n ? n : 1;
}

void
write_md_escaped(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : ""), *end;
	size_t digits;

	while (*p && md_blank(*p))
		p++;
	end = p + strlen((const char *)p);
	while (end > p && md_blank(end[-1]))
		end--;
	for (digits = 0; p + digits < end && *(p + digits) >= '0' && *(p + digits) <= '9'; digits++)
		continue;
	if (p < end && strchr("-+=", *p))
		fputc('\\', fp);	/* "- x" would be a list item, "===" a heading's underline */
	else if (digits && p + digits < end && (p[digits] == '.' || p[digits] == ')')) {
		fwrite(p, 1, digits, fp);	/* "1. x" would be a numbered item */
		fputc('\\', fp);
		p += digits;
	}
	while (p < end) {
		if (strchr("\\`*_[]<>#|~&", *p))
			fputc('\\', fp);
		p += md_char(fp, p, end);
	}
}

static void
md_code(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t run = 0, longest = 0, len = strlen((const char *)p);
	const unsigned char *end = p + len;
	int pad;

	for (size_t i = 0; i < len; i++) {
		run = p[i] == '`' ? run + 1 : 0;
		longest = run > longest ? run : longest;
	}
	pad = len && (p[0] == '`' || p[len - 1] == '`');
	for (size_t i = 0; i <= longest; i++)
		fputc('`', fp);
	fputs(pad ? " " : "", fp);
	while (*p)
		p += md_char(fp, p, end);
	fputs(pad ? " " : "", fp);
	for (size_t i = 0; i <= longest; i++)
		fputc('`', fp);
}

/* printf for markdown: %t is a text of the data, %c one in a code span, %s
 * tekdip's own text as it is, %d an int and %z a size_t. */
static void
put(FILE *fp, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	for (const char *f = fmt; *f; f++) {
		if (*f != '%' || !f[1]) {
			fputc(*f, fp);
			continue;
		}
		switch (*++f) {
		case 't': write_md_escaped(fp, va_arg(ap, const char *)); break;
		case 'c': md_code(fp, va_arg(ap, const char *)); break;
		case 's': fputs(va_arg(ap, const char *), fp); break;
		case 'd': fprintf(fp, "%d", va_arg(ap, int)); break;
		case 'z': fprintf(fp, "%zu", va_arg(ap, size_t)); break;
		default: fputc(*f, fp); break;
		}
	}
	va_end(ap);
}

/* " [^n]": a briefing's footnote for `src`, or nothing. */
static const char *
note(const struct write_opts *o, const struct doc_source *src)
{
	static char buf[32];
	int n = o->brief ? doc_brief_note(o->brief, src) : 0;

	if (!n)
		return "";
	snprintf(buf, sizeof buf, " [^%d]", n);
	return buf;
}

/* The footnotes of the passages a document rests on, once each. */
static void
notes_of(const struct write_opts *o, const struct doc *d)
{
	const struct doc_section *c = &d->sec[SEC_CITATIONS];

	for (size_t i = 0; o->brief && i < c->n; i++) {
		int dup = 0;

		for (size_t j = 0; j < i; j++)
			dup |= doc_brief_note(o->brief, c->refs[j].quote.src) ==
			    doc_brief_note(o->brief, c->refs[i].quote.src);
		if (!dup)
			fputs(note(o, c->refs[i].quote.src), o->fp);
	}
}

static void
ref_link(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	if (i == 0 || r[-1].group != r->group)
		put(fp, "- %t (%t)\n", r->group->label, r->group->label_en);
	put(fp, "  - %t (%t, %c)\n", r->to.name, r->to.kind, r->to.slug);
	if (r->quote.text && o->brief)
		put(fp, "    - “%t”%s\n", r->quote.text, note(o, r->quote.src));
	else if (r->quote.text)
		put(fp, "    - “%t” (%t)\n", r->quote.text, doc_source_title(r->quote.src));
}

static void
ref_list(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	(void)i;
	put(fp, "- %t (%d/%d, %c)\n", r->to.name, r->pos, r->count, r->to.slug);
}

static void
ref_result(FILE *fp, const struct doc_ref *r)
{
	const char *snip = r->snippet ? r->snippet : "";

	put(fp, "%d. **%t** (%t, %c)%s%t\n", r->pos, r->to.name, r->to.kind, r->to.slug,
	    *snip ? ": " : "", snip);
}

static void
ref_item(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	if (r->snippet) {
		ref_result(fp, r);
		return;
	}
	if (r->pos)
		fprintf(fp, "%zu. ", i + 1);
	else
		fputs("- ", fp);
	put(fp, "**%t** (%t, %c): %t\n", r->to.name, r->to.kind, r->to.slug, r->to.gloss);
}

static void
ref_mention(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	(void)i;
	put(fp, "- %t (%t, %c): “%t”%s\n", r->to.name, r->to.kind, r->to.slug, r->quote.text,
	    note(o, r->quote.src));
}

static void
ref_cite(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	const struct doc_source *src = r->quote.src;

	(void)i;
	if (o->brief) {
		put(fp, "- “%t”%s\n", r->quote.text, note(o, src));
		return;
	}
	put(fp, "- %t (%t, %t): “%t”\n", doc_source_title(src),
	    src && src->outlet ? src->outlet : _("outlet not stated"),
	    src && src->date ? src->date : _("date not stated"), r->quote.text);
}

static void
ref_about(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	(void)i;
	put(fp, "- %t (%c, %d)\n", r->to.name, r->to.slug, r->count);
}

static void (*const ref_writers[SEC_COUNT])(const struct write_opts *, const struct doc_ref *, size_t) = {
	[SEC_LINKS] = ref_link, [SEC_BACKLINKS] = ref_link, [SEC_LISTS] = ref_list,
	[SEC_ABOUT_LISTS] = ref_about, [SEC_SUBJECTS] = ref_item,
	[SEC_ITEMS] = ref_item, [SEC_MENTIONS] = ref_mention, [SEC_CITATIONS] = ref_cite,
};

static const enum doc_sec md_order[] = {
	SEC_SUBJECTS, SEC_ITEMS, SEC_LINKS, SEC_BACKLINKS, SEC_LISTS, SEC_ABOUT_LISTS,
	SEC_MENTIONS, SEC_CITATIONS,
};

/* A heading at `level` (its #s) of the name, then kind, English name and slug. */
static void
item_head(FILE *fp, const char *level, const struct doc_item *it)
{
	put(fp, "%s %t\n\n*%t* · %t · %c\n", level, it->name, it->kind, it->name_en, it->slug);
}

static void
head(const struct write_opts *o, const struct doc *d)
{
	FILE *fp = o->fp;

	item_head(fp, "##", &d->self);
	/* The gloss is tekdip's English, not the article's: labelled, never quoted. */
	if (*d->self.gloss)
		put(fp, "\n%s %t\n", _("In English:"), d->self.gloss);
	if (d->vi)
		put(fp, "\n%s %t\n", _("Vietnamese:"), d->vi);
	if (d->summary) {
		put(fp, "\n%t", d->summary);
		notes_of(o, d);
		fputc('\n', fp);
	}
	if (d->summary_en)
		put(fp, "\n%s %t\n", _("In English:"), d->summary_en);
	if (d->naliases) {
		fprintf(fp, "\n%s ", _("Also:"));
		for (size_t i = 0; i < d->naliases; i++)
			put(fp, "%s%t", i ? ", " : "", d->aliases[i]);
		fputc('\n', fp);
	}
}

void
write_markdown(const struct doc *d, const struct write_opts *o)
{
	FILE *fp = o->fp;

	if (d->type == DOC_RESULTS) {
		for (size_t i = 0; i < d->sec[SEC_ITEMS].n; i++)
			ref_result(fp, &d->sec[SEC_ITEMS].refs[i]);
		return;
	}
	if (o->members && d->type == DOC_LIST)
		put(fp, "## %t\n\n*%t*\n\n", d->self.name, d->self.name_en);
	if (!o->members && d->type != DOC_KIND)
		head(o, d);
	for (size_t k = 0; k < sizeof md_order / sizeof *md_order; k++) {
		const struct doc_section *s = &d->sec[md_order[k]];

		if (o->members && s->type != SEC_ITEMS)
			continue;
		if (s->n && !o->members && d->type != DOC_KIND)
			fprintf(fp, "\n### %s\n\n", doc_sec_title(s->type));
		for (size_t i = 0; i < s->n; i++)
			ref_writers[s->type](o, &s->refs[i], i);
	}
	if (!o->members && d->type != DOC_KIND)
		fputc('\n', fp);
}

/* A briefing: title, when and from what, contents, each document, what
 * lies beyond the depth, and the sources as footnotes. */
void
write_markdown_brief(const struct doc_brief *b, const struct write_opts *o)
{
	struct write_opts w = *o;
	FILE *fp = o->fp;

	w.brief = b;
	fputs(_("<!-- tekdip briefing pack: every quote is word for word from its article -->\n\n"), fp);
	put(fp, "# %t\n\n%s %t · %t\n\n## %s\n\n", b->title, _("Made"), b->made, b->stamp,
	    _("Contents"));
	for (size_t i = 0; i < b->ndocs; i++)
		put(fp, "%z. %t (%c)\n", i + 1, b->docs[i].self.name, b->docs[i].self.slug);
	if (b->nnamed)
		fprintf(fp, "%zu. %s\n", b->ndocs + 1, _("Also linked"));
	fprintf(fp, "%zu. %s\n\n", b->ndocs + 1 + !!b->nnamed, _("Sources"));
	for (size_t i = 0; i < b->ndocs; i++)
		write_markdown(&b->docs[i], &w);
	if (b->nnamed)
		fprintf(fp, "## %s\n\n", _("Also linked"));
	for (size_t i = 0; i < b->nnamed; i++)
		put(fp, "- **%t** (%t, %c): %t\n", b->named[i].name, b->named[i].kind,
		    b->named[i].slug, b->named[i].gloss);
	fprintf(fp, "%s## %s\n\n", b->nnamed ? "\n" : "", _("Sources"));
	for (size_t i = 0; i < b->nnotes; i++) {
		const struct doc_source *s = b->notes[i];

		put(fp, "[^%z]: %t, %t, %t, %t\n", i + 1, doc_source_title(s),
		    s->outlet ? s->outlet : _("outlet not stated"),
		    s->date ? s->date : _("date not stated"), s->url ? s->url : _("URL not stated"));
	}
}

static void
part_head(FILE *fp, const struct doc_item *it, const char *summary, const char *summary_en)
{
	item_head(fp, "###", it);
	if (summary)
		put(fp, "\n%t\n", summary);
	if (summary_en)
		put(fp, "\n%s %t\n", _("In English:"), summary_en);
}

/* A timeline's entry: its date as a span, what it is and where from. */
static void
part_dated(FILE *fp, const struct doc_ref *r)
{
	char date[128];

	put(fp, "- %t — **%t** (%t, %c) · %t%s%t\n", doc_date_shown(r->date, date, sizeof date),
	    r->to.name, r->to.kind, r->to.slug, r->to.name_en, r->quote.src ? " · " : "",
	    r->quote.src ? doc_source_title(r->quote.src) : "");
}

/* A timeline: a heading a year, an entry a line with its date as a span;
 * a comparison: both heads, then a heading a relation, its sides in bold.
 * Every text of the data is escaped, as in any other document. */
void
write_markdown_parts(const struct doc *d, const struct write_opts *o)
{
	FILE *fp = o->fp;
	char title[512], side[512];

	if (d->type == DOC_COMPARE) {
		put(fp, "## %t · %t\n\n", d->self.name, d->other.name);
		part_head(fp, &d->self, d->summary, d->summary_en);
		fputc('\n', fp);
		part_head(fp, &d->other, d->other_summary, d->other_summary_en);
	} else {
		put(fp, "## %t\n", d->self.name);
	}
	for (size_t i = 0; i < d->nparts; i++) {
		const struct doc_part *p = &d->parts[i];

		if (doc_part_heads(d, i))
			put(fp, "\n### %t\n", doc_part_title(p, title, sizeof title));
		if (d->type == DOC_COMPARE)
			put(fp, "\n**%t**\n", doc_side_title(d, p->side, side, sizeof side));
		fputc('\n', fp);
		for (size_t j = 0; j < p->n; j++) {
			const struct doc_ref *r = &p->refs[j];

			if (d->type == DOC_TIMELINE)
				part_dated(fp, r);
			else
				put(fp, "- %t (%t, %c)\n", r->to.name, r->to.kind, r->to.slug);
		}
		if (p->total > p->n) {
			fputs("- ", fp);
			fprintf(fp, _("… %zu more"), p->total - p->n);
			fputc('\n', fp);
		}
	}
	fputc('\n', fp);
}
