/* write_text.c: a document as plain text wrapped to a width, for --show and pipes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "i18n.h"
#include "text.h"
#include "write.h"

/* Print `s` wrapped to the output width, every line indented by `indent`
 * columns and the first one prefixed by `lead` (which fills the indent). */
static void
put_wrapped(const struct write_opts *o, size_t indent, const char *lead, const char *s)
{
	struct text_line *lines;
	size_t width = o->width > indent + 10 ? o->width - indent : 10;
	long n = text_wrap(s, strlen(s), width, &lines);

	for (long i = 0; i < n; i++) {
		if (i == 0 && lead)
			fprintf(o->fp, "%s%*s", lead,
			    (int)(indent - text_width(lead, strlen(lead))), "");
		else
			fprintf(o->fp, "%*s", (int)indent, "");
		fprintf(o->fp, "%.*s\n", (int)lines[i].len, s + lines[i].off);
	}
	if (n == 0 && lead)
		fprintf(o->fp, "%s\n", lead);
	free(lines);
}

/* printf, then wrapped: for lines made of several facts. */
static void put_fmt(const struct write_opts *o, size_t indent, const char *lead,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
put_fmt(const struct write_opts *o, size_t indent, const char *lead, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;
	char *s;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if ((s = buf_finish(&b)) != NULL)
		put_wrapped(o, indent, lead, s);
	free(s);
}

/* Bold when --color says so; plain text otherwise. */
static void
put_bold(const struct write_opts *o, const char *s)
{
	fprintf(o->fp, o->color ? "\033[1m%s\033[0m" : "%s", s);
}

static void
put_heading(const struct write_opts *o, const char *title)
{
	fputc('\n', o->fp);
	put_bold(o, title);
	fputc('\n', o->fp);
}

/* "name  [kind]  slug" on one line when it fits; else the name wrapped and
 * kind and slug on a line of their own, so a slug is never broken. */
static void
put_item(const struct write_opts *o, size_t indent, const struct doc_item *it, const char *lead)
{
	struct buf b = BUF_INIT;
	char *line;

	buf_printf(&b, "%s  [%s]  %s", it->name, it->kind, it->slug);
	if ((line = buf_finish(&b)) == NULL)
		return;
	if (indent + text_width(line, strlen(line)) <= o->width) {
		put_wrapped(o, indent, lead ? lead : "", line);
	} else {
		put_wrapped(o, indent, lead ? lead : "", it->name);
		fprintf(o->fp, "%*s[%s]  %s\n", (int)indent + 2, "", it->kind, it->slug);
	}
	free(line);
}

/* A verbatim passage: in quotation marks, the only text that ever is. */
static void
put_quote(const struct write_opts *o, size_t indent, const struct doc_quote *q)
{
	int n = o->brief ? doc_brief_note(o->brief, q->src) : 0;

	if (q->text && n)
		put_fmt(o, indent, NULL, "\"%s\" [%d]", q->text, n);
	else if (q->text)
		put_fmt(o, indent, NULL, "\"%s\"", q->text);
}

static void
put_source(const struct write_opts *o, size_t indent, const char *lead, const struct doc_source *src)
{
	put_fmt(o, indent, lead, "%s (%s, %s)", doc_source_title(src),
	    src && src->outlet ? src->outlet : _("outlet not stated"),
	    src && src->date ? src->date : _("date not stated"));
}

static void
ref_link(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	if (i == 0 || r[-1].group != r->group)
		fprintf(o->fp, "  %s:\n", doc_group_label(r->group));
	put_item(o, 4, &r->to, NULL);
	put_quote(o, 8, &r->quote);
}

/* "2/5  name  [list]  slug": put_item keeps the slug whole. */
static void
ref_list(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	char lead[32];

	(void)i;
	snprintf(lead, sizeof lead, "  %d/%d", r->pos, r->count);
	put_item(o, 9, &r->to, lead);
}

static void
ref_item(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	char num[32];

	if (!r->pos) {
		put_item(o, 2, &r->to, NULL);
		return;
	}
	snprintf(num, sizeof num, "%2zu.", i + 1);
	put_item(o, 4, &r->to, num);
}

static void
ref_mention(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	(void)i;
	put_item(o, 2, &r->to, NULL);
	put_quote(o, 6, &r->quote);
}

static void
ref_cite(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	char lead[32];

	if (o->brief) {	/* the footnote names the source */
		put_quote(o, 2, &r->quote);
		return;
	}
	snprintf(lead, sizeof lead, "  [%zu]", i + 1);
	put_source(o, 7, lead, r->quote.src);
	put_quote(o, 7, &r->quote);
}

static void (*const ref_writers[SEC_COUNT])(const struct write_opts *, const struct doc_ref *, size_t) = {
	[SEC_LINKS] = ref_link, [SEC_BACKLINKS] = ref_link, [SEC_LISTS] = ref_list,
	[SEC_ABOUT_LISTS] = ref_item, [SEC_SUBJECTS] = ref_item,
	[SEC_ITEMS] = ref_item, [SEC_MENTIONS] = ref_mention, [SEC_CITATIONS] = ref_cite,
};

static void
put_article(const struct write_opts *o, const struct doc_source *a)
{
	const char *unknown = _("(not stated in the article)");

	put_fmt(o, 0, NULL, _("Title: %s"), a->title ? a->title : unknown);
	put_fmt(o, 0, NULL, _("Outlet: %s"), a->outlet ? a->outlet : unknown);
	put_fmt(o, 0, NULL, _("Date: %s"), a->date ? a->date : unknown);
	/* A URL is one word: wrapping would break it where a reader copies it. */
	fprintf(o->fp, _("URL: %s"), a->url ? a->url : unknown);
	fputc('\n', o->fp);
}

static void
put_head(const struct write_opts *o, const struct doc *d)
{
	put_bold(o, d->self.name);
	fprintf(o->fp, "  [%s]  %s\n", d->self.kind, d->self.slug);
	if (*d->self.name_en)
		put_fmt(o, 0, NULL, _("English: %s"), d->self.name_en);
	if (*d->self.gloss)
		put_wrapped(o, 7, _("Gloss:"), d->self.gloss);
	if (d->vi)
		put_fmt(o, 0, NULL, _("Vietnamese: %s"), d->vi);
	if (d->naliases) {
		struct buf b = BUF_INIT;
		char *line;

		for (size_t i = 0; i < d->naliases; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", d->aliases[i]);
		if ((line = buf_finish(&b)) != NULL)
			put_wrapped(o, 7, _("Also:"), line);
		free(line);
	}
	if (d->role)
		put_fmt(o, 0, NULL, _("Role: %s"), d->role);
	if (d->date && !d->article)
		put_fmt(o, 0, NULL, _("Date: %s"), d->date);
	if (d->article)
		put_article(o, d->article);
	if (d->summary) {
		fputc('\n', o->fp);
		put_wrapped(o, 0, NULL, d->summary);
	}
	/* tekdip's English, labelled: never taken for the article's words */
	if (d->summary_en) {
		fputc('\n', o->fp);
		put_fmt(o, 0, NULL, "%s %s", _("In English:"), d->summary_en);
	}
}

/* The order sections are read in: what it is, then how it connects, then why. */
static const enum doc_sec text_order[] = {
	SEC_SUBJECTS, SEC_ITEMS, SEC_LINKS, SEC_BACKLINKS, SEC_LISTS, SEC_ABOUT_LISTS,
	SEC_MENTIONS, SEC_CITATIONS,
};

/* A result: the item, and where the words matched when that is not its name. */
static void
results(const struct doc *d, const struct write_opts *o)
{
	for (size_t i = 0; i < d->sec[SEC_ITEMS].n; i++) {
		const struct doc_ref *r = &d->sec[SEC_ITEMS].refs[i];

		put_item(o, 2, &r->to, NULL);
		if (r->snippet && *r->snippet && strcmp(r->snippet, r->to.name) != 0)
			fprintf(o->fp, "      %s\n", r->snippet);
	}
}

void
write_text(const struct doc *d, const struct write_opts *o)
{
	if (d->type == DOC_RESULTS) {
		results(d, o);
		return;
	}
	if (o->members) {
		if (d->type == DOC_LIST)
			fprintf(o->fp, "%s\n", d->self.name);
		for (size_t i = 0; i < d->sec[SEC_ITEMS].n; i++)
			ref_item(o, &d->sec[SEC_ITEMS].refs[i], i);
		return;
	}
	if (d->type != DOC_KIND)
		put_head(o, d);
	for (size_t k = 0; k < sizeof text_order / sizeof *text_order; k++) {
		const struct doc_section *s = &d->sec[text_order[k]];

		if (!s->n)
			continue;
		if (d->type != DOC_KIND)
			put_heading(o, doc_sec_title(s->type));
		for (size_t i = 0; i < s->n; i++)
			ref_writers[s->type](o, &s->refs[i], i);
	}
}

/* A briefing: title, when and from what, contents, each document, what
 * lies beyond the depth, and the numbered sources. */
void
write_text_brief(const struct doc_brief *b, const struct write_opts *o)
{
	struct write_opts w = *o;

	w.brief = b;
	put_bold(o, b->title);
	fputc('\n', o->fp);
	put_fmt(o, 0, NULL, "%s %s; %s", _("Made"), b->made, b->stamp);
	put_heading(o, _("Contents"));
	for (size_t i = 0; i < b->ndocs; i++)
		put_fmt(o, 5, NULL, "%3zu. %s  %s", i + 1, b->docs[i].self.name, b->docs[i].self.slug);
	for (size_t i = 0; i < b->ndocs; i++) {
		fputs("\n\n", o->fp);
		write_text(&b->docs[i], &w);
	}
	if (b->nnamed)
		put_heading(o, _("Also linked"));
	for (size_t i = 0; i < b->nnamed; i++) {
		put_item(o, 2, &b->named[i], NULL);
		if (*b->named[i].gloss)
			put_wrapped(o, 6, NULL, b->named[i].gloss);
	}
	put_heading(o, _("Sources"));
	for (size_t i = 0; i < b->nnotes; i++) {
		const struct doc_source *s = b->notes[i];
		char lead[32];

		snprintf(lead, sizeof lead, "  [%zu]", i + 1);
		put_source(o, 7, lead, s);
		fprintf(o->fp, "%7s%s\n", "", s->url ? s->url : _("URL not stated"));
	}
}

/* --- a timeline and a comparison: their parts ------------------------ */

static void
put_one_head(const struct write_opts *o, const struct doc_item *it, const char *summary,
    const char *summary_en)
{
	put_bold(o, it->name);
	fprintf(o->fp, "  [%s]  %s\n", it->kind, it->slug);
	if (*it->name_en)
		put_fmt(o, 0, NULL, _("English: %s"), it->name_en);
	if (summary)
		put_wrapped(o, 0, NULL, summary);
	if (summary_en)
		put_fmt(o, 0, NULL, "%s %s", _("In English:"), summary_en);
}

/* A timeline's entry: its date as a span, then what it is and where from. */
static void
put_dated(const struct write_opts *o, const struct doc_ref *r)
{
	char date[128];

	put_fmt(o, 4, NULL, "%s  %s", doc_date_shown(r->date, date, sizeof date), r->to.name);
	put_fmt(o, 6, NULL, "[%s]  %s%s%s", r->to.kind, r->to.slug, *r->to.name_en ? " · " : "",
	    r->to.name_en);
	if (r->quote.src)
		put_fmt(o, 6, NULL, "%s %s", _("Article:"), doc_source_title(r->quote.src));
}

void
write_text_parts(const struct doc *d, const struct write_opts *o)
{
	char title[512], side[512];

	if (d->type == DOC_COMPARE) {
		put_one_head(o, &d->self, d->summary, d->summary_en);
		put_heading(o, _("compared with"));
		fputc('\n', o->fp);
		put_one_head(o, &d->other, d->other_summary, d->other_summary_en);
	} else {
		put_bold(o, d->self.name);
		fputc('\n', o->fp);
	}
	for (size_t i = 0; i < d->nparts; i++) {
		const struct doc_part *p = &d->parts[i];

		if (doc_part_heads(d, i))
			put_heading(o, doc_part_title(p, title, sizeof title));
		if (d->type == DOC_COMPARE)
			fprintf(o->fp, "  %s:\n", doc_side_title(d, p->side, side, sizeof side));
		for (size_t j = 0; j < p->n; j++) {
			if (d->type == DOC_TIMELINE)
				put_dated(o, &p->refs[j]);
			else
				put_item(o, 4, &p->refs[j].to, NULL);
		}
		if (p->total > p->n)
			put_fmt(o, 4, NULL, _("… %zu more"), p->total - p->n);
	}
}
