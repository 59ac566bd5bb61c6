/* write_md.c: a document as markdown, for handouts and briefings. */
#include "config.h"

#include "i18n.h"
#include "write.h"

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
		fprintf(fp, "- %s (%s)\n", r->group->label, r->group->label_en);
	fprintf(fp, "  - %s (%s, `%s`)\n", r->to.name, r->to.kind, r->to.slug);
	if (r->quote.text && o->brief)
		fprintf(fp, "    - “%s”%s\n", r->quote.text, note(o, r->quote.src));
	else if (r->quote.text)
		fprintf(fp, "    - “%s” (%s)\n", r->quote.text, doc_source_title(r->quote.src));
}

static void
ref_list(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	(void)i;
	fprintf(fp, "- %s (%d/%d, `%s`)\n", r->to.name, r->pos, r->count, r->to.slug);
}

static void
ref_result(FILE *fp, const struct doc_ref *r)
{
	const char *snip = r->snippet ? r->snippet : "";

	fprintf(fp, "%d. **%s** (%s, `%s`)%s%s\n", r->pos, r->to.name, r->to.kind, r->to.slug,
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
	fprintf(fp, "**%s** (%s, `%s`): %s\n", r->to.name, r->to.kind, r->to.slug, r->to.gloss);
}

static void
ref_mention(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	(void)i;
	fprintf(fp, "- %s (%s, `%s`): “%s”%s\n", r->to.name, r->to.kind, r->to.slug, r->quote.text,
	    note(o, r->quote.src));
}

static void
ref_cite(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	const struct doc_source *src = r->quote.src;

	(void)i;
	if (o->brief) {
		fprintf(fp, "- “%s”%s\n", r->quote.text, note(o, src));
		return;
	}
	fprintf(fp, "- %s (%s, %s): “%s”\n", doc_source_title(src),
	    src && src->outlet ? src->outlet : _("outlet not stated"),
	    src && src->date ? src->date : _("date not stated"), r->quote.text);
}

static void
ref_about(const struct write_opts *o, const struct doc_ref *r, size_t i)
{
	FILE *fp = o->fp;
	(void)i;
	fprintf(fp, "- %s (`%s`, %d)\n", r->to.name, r->to.slug, r->count);
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

static void
head(const struct write_opts *o, const struct doc *d)
{
	FILE *fp = o->fp;

	fprintf(fp, "## %s\n\n*%s* · %s · `%s`\n", d->self.name, d->self.kind, d->self.name_en,
	    d->self.slug);
	/* The gloss is tekdip's English, not the article's: labelled, never quoted. */
	if (*d->self.gloss)
		fprintf(fp, "\n%s %s\n", _("In English:"), d->self.gloss);
	if (d->vi)
		fprintf(fp, "\n%s %s\n", _("Vietnamese:"), d->vi);
	if (d->summary) {
		fprintf(fp, "\n%s", d->summary);
		notes_of(o, d);
		fputc('\n', fp);
	}
	if (d->summary_en)
		fprintf(fp, "\n%s %s\n", _("In English:"), d->summary_en);
	if (d->naliases) {
		fprintf(fp, "\n%s ", _("Also:"));
		for (size_t i = 0; i < d->naliases; i++)
			fprintf(fp, "%s%s", i ? ", " : "", d->aliases[i]);
		fputc('\n', fp);
	}
}

static void write_parts(const struct doc *d, const struct write_opts *o);

void
write_markdown(const struct doc *d, const struct write_opts *o)
{
	FILE *fp = o->fp;

	if (d->type == DOC_TIMELINE || d->type == DOC_COMPARE) {
		write_parts(d, o);
		return;
	}
	if (d->type == DOC_RESULTS) {
		for (size_t i = 0; i < d->sec[SEC_ITEMS].n; i++)
			ref_result(fp, &d->sec[SEC_ITEMS].refs[i]);
		return;
	}
	if (o->members && d->type == DOC_LIST)
		fprintf(fp, "## %s\n\n*%s*\n\n", d->self.name, d->self.name_en);
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
	fprintf(fp, "# %s\n\n%s %s · %s\n\n## %s\n\n", b->title, _("Made"), b->made, b->stamp,
	    _("Contents"));
	for (size_t i = 0; i < b->ndocs; i++)
		fprintf(fp, "%zu. %s (`%s`)\n", i + 1, b->docs[i].self.name, b->docs[i].self.slug);
	if (b->nnamed)
		fprintf(fp, "%zu. %s\n", b->ndocs + 1, _("Also linked"));
	fprintf(fp, "%zu. %s\n\n", b->ndocs + 1 + !!b->nnamed, _("Sources"));
	for (size_t i = 0; i < b->ndocs; i++)
		write_markdown(&b->docs[i], &w);
	if (b->nnamed)
		fprintf(fp, "## %s\n\n", _("Also linked"));
	for (size_t i = 0; i < b->nnamed; i++)
		fprintf(fp, "- **%s** (%s, `%s`): %s\n", b->named[i].name, b->named[i].kind,
		    b->named[i].slug, b->named[i].gloss);
	fprintf(fp, "%s## %s\n\n", b->nnamed ? "\n" : "", _("Sources"));
	for (size_t i = 0; i < b->nnotes; i++) {
		const struct doc_source *s = b->notes[i];

		fprintf(fp, "[^%zu]: %s, %s, %s, %s\n", i + 1, doc_source_title(s),
		    s->outlet ? s->outlet : _("outlet not stated"),
		    s->date ? s->date : _("date not stated"), s->url ? s->url : _("URL not stated"));
	}
}

static void
part_head(FILE *fp, const struct doc_item *it, const char *summary, const char *summary_en)
{
	fprintf(fp, "### %s\n\n*%s* · %s · `%s`\n", it->name, it->kind, it->name_en, it->slug);
	if (summary)
		fprintf(fp, "\n%s\n", summary);
	if (summary_en)
		fprintf(fp, "\n%s %s\n", _("In English:"), summary_en);
}

/* A timeline: a heading a year, an entry a line with its date as a span;
 * a comparison: both heads, then a heading a relation, its sides in bold. */
static void
write_parts(const struct doc *d, const struct write_opts *o)
{
	FILE *fp = o->fp;
	char title[512], side[512], date[128];

	if (d->type == DOC_COMPARE) {
		fprintf(fp, "## %s · %s\n\n", d->self.name, d->other.name);
		part_head(fp, &d->self, d->summary, d->summary_en);
		fputc('\n', fp);
		part_head(fp, &d->other, d->other_summary, d->other_summary_en);
	} else {
		fprintf(fp, "## %s\n", d->self.name);
	}
	for (size_t i = 0; i < d->nparts; i++) {
		const struct doc_part *p = &d->parts[i];

		if (doc_part_heads(d, i))
			fprintf(fp, "\n### %s\n", doc_part_title(p, title, sizeof title));
		if (d->type == DOC_COMPARE)
			fprintf(fp, "\n**%s**\n", doc_side_title(d, p->side, side, sizeof side));
		fputc('\n', fp);
		for (size_t j = 0; j < p->n; j++) {
			const struct doc_ref *r = &p->refs[j];

			if (d->type == DOC_TIMELINE)
				fprintf(fp, "- %s — **%s** (%s, `%s`) · %s%s%s\n",
				    doc_date_shown(r->date, date, sizeof date), r->to.name, r->to.kind,
				    r->to.slug, r->to.name_en, r->quote.src ? " · " : "",
				    r->quote.src ? doc_source_title(r->quote.src) : "");
			else
				fprintf(fp, "- %s (%s, `%s`)\n", r->to.name, r->to.kind, r->to.slug);
		}
		if (p->total > p->n)
			{
			fputs("- ", fp);
			fprintf(fp, _("… %zu more"), p->total - p->n);
			fputc('\n', fp);
		}
	}
	fputc('\n', fp);
}
