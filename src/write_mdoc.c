/* write_mdoc.c: a document as mdoc, an entry of tekdip(7). */
#include "config.h"

#include <string.h>

#include "text.h"
#include "write.h"

/*
 * Escaping.  Free text goes on text lines of its own, each led by \& so no
 * line can start with a control character, one sentence to a line as mdoc
 * wants.  Text in a macro argument is quoted and led by \&, so it is never
 * taken for a macro name or a delimiter.  Either way a backslash becomes \e
 * and every non-ASCII character \[uXXXX]: the page is ASCII, so it reads
 * the same whatever the locale of whoever formats it.
 */

static void
put_char(FILE *out, unsigned long uc, int quoted)
{
	if (uc == '\\')
		fputs("\\e", out);
	else if (uc == '"' && quoted)
		fputs("\\(dq", out);
	else if (uc < 0x20 || uc == 0x7f)
		fputc(' ', out);	/* a tab or newline would split the line */
	else if (uc <= 0x7f)
		fputc((int)uc, out);
	else if (uc < 0xa0)
		fputs("\\[uFFFD]", out);	/* C1 controls would reach the terminal */
	else
		fprintf(out, "\\[u%04X]", (unsigned)uc);	/* 4 to 6 digits */
}

static int
is_blank(char c)
{
	return c != '\0' && ((unsigned char)c <= ' ' || c == 0x7f);
}

/* Runs of blanks are written as one: roff would keep them all in filled text. */
void
write_mdoc_escaped(FILE *out, const char *s, size_t len, int quoted)
{
	int blank = 0;

	for (size_t off = 0, next; off < len; off = next) {
		unsigned long uc = text_char(s, len, off, &next);

		if (!(uc <= 0x7f && is_blank((char)uc)))
			blank = 0;
		else if (blank++)
			continue;
		put_char(out, uc, quoted);
	}
}

/* Bytes of `s` up to the end of its first sentence: a full stop, question
 * or exclamation mark, then closing quotes or brackets, then blanks and a
 * capital.  mandoc warns of any sentence that starts mid-line. */
static size_t
sentence_len(const char *s)
{
	for (size_t i = 0; s[i] != '\0'; i++) {
		size_t j = i + 1, k;

		if (strchr(".!?", s[i]) == NULL || i == 0)
			continue;
		j += strspn(s + j, ")]\"'");
		if (!is_blank(s[j]))
			continue;
		for (k = j; is_blank(s[k]); k++)
			continue;
		if (s[k] >= 'A' && s[k] <= 'Z')
			return j;
	}
	return strlen(s);
}

void
write_mdoc_text(FILE *out, const char *s)
{
	while (s != NULL && *s != '\0') {
		size_t n, len;

		while (is_blank(*s))
			s++;
		if (*s == '\0')
			break;
		n = len = sentence_len(s);
		while (len > 0 && is_blank(s[len - 1]))
			len--;	/* mandoc warns of trailing blanks */
		fputs("\\&", out);
		write_mdoc_escaped(out, s, len, 0);
		fputc('\n', out);
		s += n;
	}
}

void
write_mdoc_arg(FILE *out, const char *s)
{
	fputs(" \"\\&", out);
	write_mdoc_escaped(out, s ? s : "", s ? strlen(s) : 0, 1);
	fputc('"', out);
}

void
write_mdoc_macro(FILE *out, const char *macro, const char *arg)
{
	fputs(macro, out);
	write_mdoc_arg(out, arg);
	fputc('\n', out);
}

/* "(kind, slug)" after a concept's name, so a reader knows where to look;
 * a slug is a macro argument because roff breaks text lines at hyphens. */
static void
put_item(FILE *out, const struct doc_item *it)
{
	write_mdoc_text(out, it->name);
	fputs(".Pq", out);
	write_mdoc_arg(out, it->kind);
	fputs(" , Li", out);
	write_mdoc_arg(out, it->slug);
	fputc('\n', out);
}

static void
put_fact(FILE *out, const char *tag, const char *value)
{
	if (!value)
		return;
	fprintf(out, ".It %s\n", tag);
	write_mdoc_text(out, value);
}

/* Slug, names, gloss, aliases, role, date, and an article's particulars. */
static void
put_facts(FILE *out, const struct doc *d)
{
	fputs(".Bl -tag -width English -compact\n.It Slug\n.Li", out);
	write_mdoc_arg(out, d->self.slug);
	fputc('\n', out);
	put_fact(out, "English", d->self.name_en);
	put_fact(out, "Gloss", *d->self.gloss ? d->self.gloss : NULL);
	if (d->naliases) {
		fputs(".It Also\n.No", out);
		for (size_t i = 0; i < d->naliases; i++) {
			fputs(i ? " ," : "", out);
			write_mdoc_arg(out, d->aliases[i]);
		}
		fputc('\n', out);
	}
	put_fact(out, "Vietnamese", d->vi);
	put_fact(out, "Role", d->role);
	if (d->article) {
		put_fact(out, "Title", d->article->title);
		put_fact(out, "Outlet", d->article->outlet);
	}
	put_fact(out, "Date", d->date);
	if (d->article && d->article->url) {
		const char *u = d->article->url;

		/* .Lk is a link in mandoc's HTML: to the web only, never javascript: */
		fputs(".It URL\n", out);
		if (write_html_web_url(u))
			write_mdoc_macro(out, ".Lk", u);
		else
			write_mdoc_text(out, u);
	}
	fputs(".El\n", out);
}

static void
ref_link(FILE *out, const struct doc_ref *r, size_t i)
{
	if (i == 0 || r[-1].group != r->group) {
		if (i > 0)
			fputs(".El\n", out);
		write_mdoc_macro(out, ".It", r->group->label_en);
		fputs(".Bl -dash -compact\n", out);
	}
	fputs(".It\n", out);
	put_item(out, &r->to);
	if (r->quote.text)
		write_mdoc_macro(out, ".Dq", r->quote.text);
}

static void
ref_list(FILE *out, const struct doc_ref *r, size_t i)
{
	(void)i;
	fprintf(out, ".It\n%d of %d in\n", r->pos, r->count);
	write_mdoc_text(out, r->to.name);
	write_mdoc_macro(out, ".Pq Li", r->to.slug);
}

static void
ref_about(FILE *out, const struct doc_ref *r, size_t i)
{
	(void)i;
	fputs(".It\n", out);
	write_mdoc_text(out, r->to.name);
	write_mdoc_macro(out, ".Pq Li", r->to.slug);
}

static void
ref_item(FILE *out, const struct doc_ref *r, size_t i)
{
	(void)i;
	fputs(".It\n", out);
	put_item(out, &r->to);
}

static void
ref_mention(FILE *out, const struct doc_ref *r, size_t i)
{
	ref_item(out, r, i);
	if (r->quote.text)
		write_mdoc_macro(out, ".Dq", r->quote.text);
}

static void
ref_cite(FILE *out, const struct doc_ref *r, size_t i)
{
	const struct doc_source *src = r->quote.src;

	(void)i;
	fputs(".It\n", out);
	write_mdoc_text(out, doc_source_title(src));
	fputs(".Pq", out);
	write_mdoc_arg(out, src && src->outlet ? src->outlet : "outlet not stated");
	fputs(" ,", out);
	write_mdoc_arg(out, src && src->date ? src->date : "date not stated");
	fputs(" :\n", out);
	write_mdoc_macro(out, ".Dq", r->quote.text);
}

static const struct {
	void (*ref)(FILE *, const struct doc_ref *, size_t);
	const char *open, *close;
} sec_shapes[SEC_COUNT] = {
	[SEC_LINKS] = { ref_link, ".Bl -tag -width Ds\n", ".El\n.El\n" },
	[SEC_BACKLINKS] = { ref_link, ".Bl -tag -width Ds\n", ".El\n.El\n" },
	[SEC_LISTS] = { ref_list, ".Bl -dash -compact\n", ".El\n" },
	[SEC_ABOUT_LISTS] = { ref_about, ".Bl -dash -compact\n", ".El\n" },
	[SEC_SUBJECTS] = { ref_item, ".Bl -dash -compact\n", ".El\n" },
	[SEC_ITEMS] = { ref_item, ".Bl -enum -compact\n", ".El\n" },
	[SEC_MENTIONS] = { ref_mention, ".Bl -dash -compact\n", ".El\n" },
	[SEC_CITATIONS] = { ref_cite, ".Bl -enum\n", ".El\n" },
};

static const enum doc_sec mdoc_order[] = {
	SEC_LINKS, SEC_BACKLINKS, SEC_LISTS, SEC_ABOUT_LISTS, SEC_CITATIONS, SEC_MENTIONS,
};

/* The summary, then tekdip's English of it, labelled as such. */
static void
put_summaries(FILE *out, const char *summary, const char *summary_en)
{
	if (summary && *summary) {
		fputs(".Pp\n", out);
		write_mdoc_text(out, summary);
	}
	if (summary_en) {
		fputs(".Pp\n", out);
		write_mdoc_macro(out, ".Em", "In English:");
		write_mdoc_text(out, summary_en);
	}
}

/* A list: a tag of the caller's .Bl -tag, its passage, its members, what
 * it is about, its summaries. */
static void
put_list(FILE *out, const struct doc *d)
{
	const struct doc_section *c = &d->sec[SEC_CITATIONS];
	const struct doc_ref *src = c->n ? &c->refs[0] : NULL;

	write_mdoc_macro(out, ".It Sy", d->self.name);
	write_mdoc_text(out, d->self.name_en);
	fputs(".Pq Li", out);
	write_mdoc_arg(out, d->self.slug);
	fputs(" ,\nin\n.Em", out);
	write_mdoc_arg(out, src ? src->to.name : "");
	fputs(src && src->quote.text ? " :\n" : "\n", out);
	if (src && src->quote.text)
		write_mdoc_macro(out, ".Dq", src->quote.text);
	fputs(sec_shapes[SEC_ITEMS].open, out);
	for (size_t i = 0; i < d->sec[SEC_ITEMS].n; i++)
		ref_item(out, &d->sec[SEC_ITEMS].refs[i], i);
	fputs(sec_shapes[SEC_ITEMS].close, out);
	if (d->sec[SEC_SUBJECTS].n) {
		fputs("About:\n", out);
		fputs(sec_shapes[SEC_SUBJECTS].open, out);
		for (size_t i = 0; i < d->sec[SEC_SUBJECTS].n; i++)
			ref_item(out, &d->sec[SEC_SUBJECTS].refs[i], i);
		fputs(sec_shapes[SEC_SUBJECTS].close, out);
	}
	put_summaries(out, d->summary, d->summary_en);
}

void
write_mdoc(const struct doc *d, const struct write_opts *o)
{
	FILE *out = o->fp;

	if (d->type != DOC_CONCEPT) {
		put_list(out, d);
		return;
	}
	write_mdoc_macro(out, ".Ss", d->self.name);
	put_facts(out, d);
	put_summaries(out, d->summary, d->summary_en);
	for (size_t k = 0; k < sizeof mdoc_order / sizeof *mdoc_order; k++) {
		const struct doc_section *s = &d->sec[mdoc_order[k]];

		if (!s->n)
			continue;
		fputs(".Pp\n", out);
		write_mdoc_macro(out, ".Sy", doc_sec_title(s->type));
		fputs(sec_shapes[s->type].open, out);
		for (size_t i = 0; i < s->n; i++)
			sec_shapes[s->type].ref(out, &s->refs[i], i);
		fputs(sec_shapes[s->type].close, out);
	}
}

static void
part_head(FILE *out, const struct doc_item *it, const char *summary, const char *summary_en)
{
	write_mdoc_macro(out, ".Ss", it->name);
	put_item(out, it);
	put_summaries(out, summary, summary_en);
}

/* A timeline: a subsection a year, an entry a tag of its date; a
 * comparison: both heads, then a subsection a relation, a list a side. */
void
write_mdoc_parts(const struct doc *d, const struct write_opts *o)
{
	FILE *out = o->fp;
	char title[512], side[512], date[128];

	if (d->type == DOC_COMPARE) {
		part_head(out, &d->self, d->summary, d->summary_en);
		part_head(out, &d->other, d->other_summary, d->other_summary_en);
	}
	for (size_t i = 0; i < d->nparts; i++) {
		const struct doc_part *p = &d->parts[i];

		if (doc_part_heads(d, i))
			write_mdoc_macro(out, ".Ss", doc_part_title(p, title, sizeof title));
		if (d->type == DOC_COMPARE) {
			if (!doc_part_heads(d, i))	/* mandoc warns of .Pp right after .Ss */
				fputs(".Pp\n", out);
			write_mdoc_macro(out, ".Sy", doc_side_title(d, p->side, side, sizeof side));
		}
		fputs(d->type == DOC_TIMELINE ? ".Bl -tag -width Ds\n" : ".Bl -dash -compact\n", out);
		for (size_t j = 0; j < p->n; j++) {
			if (d->type == DOC_TIMELINE)
				write_mdoc_macro(out, ".It", doc_date_shown(p->refs[j].date, date, sizeof date));
			else
				fputs(".It\n", out);
			put_item(out, &p->refs[j].to);
		}
		fputs(".El\n", out);
	}
}
