/* write_tsv.c: a document as tab-separated records, the record type first, for cut and awk. */
#include "config.h"

#include "write.h"

/* Store text has its controls made visible, so no field holds a tab or a
 * newline; an absent value is an empty field. */
static const char *
field(const char *s)
{
	return s ? s : "";
}

static void
ref_tsv(const struct write_opts *o, enum doc_sec sec, const struct doc_ref *r)
{
	const char *key = doc_sec_key(sec);
	const char *article = r->quote.src ? r->quote.src->slug : "";

	switch (sec) {
	case SEC_LINKS:
	case SEC_BACKLINKS:
		fprintf(o->fp, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", key, r->group->relation, r->to.slug,
		    r->to.kind, r->to.name, article, field(r->quote.text));
		break;
	case SEC_LISTS:
	case SEC_ABOUT_LISTS:
	case SEC_SUBJECTS:
	case SEC_ITEMS:
		fprintf(o->fp, "%s\t%s\t%d\t%d\t%s\n", key, r->to.slug, r->pos, r->count, r->to.name);
		break;
	case SEC_MENTIONS:
		fprintf(o->fp, "%s\t%s\t%s\t%s\t%s\n", key, r->to.slug, r->to.kind, r->to.name,
		    field(r->quote.text));
		break;
	case SEC_CITATIONS:
		fprintf(o->fp, "%s\t%s\t%s\t%s\n", key, article,
		    r->quote.src ? field(r->quote.src->date) : "", field(r->quote.text));
		break;
	case SEC_COUNT:
		break;
	}
}

/* --list: one row a member, numbered, five columns. */
static void
members(const struct doc *d, const struct write_opts *o)
{
	const struct doc_section *s = &d->sec[SEC_ITEMS];

	for (size_t i = 0; i < s->n; i++)
		fprintf(o->fp, "%zu\t%s\t%s\t%s\t%s\n", i + 1, s->refs[i].to.slug, s->refs[i].to.kind,
		    s->refs[i].to.name, s->refs[i].to.name_en);
}

/* Search results: rank, slug, kind, name, tier, snippet. */
static void
results(const struct doc *d, const struct write_opts *o)
{
	const struct doc_section *s = &d->sec[SEC_ITEMS];

	for (size_t i = 0; i < s->n; i++)
		fprintf(o->fp, "%d\t%s\t%s\t%s\t%d\t%s\n", s->refs[i].pos, s->refs[i].to.slug,
		    s->refs[i].to.kind, s->refs[i].to.name, s->refs[i].tier, field(s->refs[i].snippet));
}

void
write_tsv(const struct doc *d, const struct write_opts *o)
{
	if (d->type == DOC_RESULTS) {
		results(d, o);
		return;
	}
	if (o->members || d->type == DOC_KIND) {
		members(d, o);
		return;
	}
	fprintf(o->fp, "%s\t%s\t%s\t%s\t%s\n", d->type == DOC_LIST ? "list" : "concept",
	    d->self.slug, d->self.kind, d->self.name, d->self.name_en);
	if (d->vi)
		fprintf(o->fp, "vi\t%s\n", d->vi);
	for (size_t i = 0; i < d->naliases; i++)
		fprintf(o->fp, "alias\t%s\n", d->aliases[i]);
	if (d->summary)
		fprintf(o->fp, "summary\t%s\n", d->summary);
	if (d->summary_en)
		fprintf(o->fp, "summary-en\t%s\n", d->summary_en);
	for (int k = 0; k < SEC_COUNT; k++)
		for (size_t i = 0; i < d->sec[k].n; i++)
			ref_tsv(o, (enum doc_sec)k, &d->sec[k].refs[i]);
}

/* A timeline: "dated", the date as written, slug, kind, name, English
 * name, article.  A comparison: "first" and "second" as a concept's
 * record, then one record a target: the section's key, the relation
 * (empty for lists), whose it is (both, first, second), slug, kind, name. */
void
write_tsv_parts(const struct doc *d, const struct write_opts *o)
{
	if (d->type == DOC_COMPARE) {
		fprintf(o->fp, "first\t%s\t%s\t%s\t%s\n", d->self.slug, d->self.kind, d->self.name,
		    d->self.name_en);
		fprintf(o->fp, "second\t%s\t%s\t%s\t%s\n", d->other.slug, d->other.kind,
		    d->other.name, d->other.name_en);
	}
	for (size_t i = 0; i < d->nparts; i++) {
		const struct doc_part *p = &d->parts[i];

		for (size_t j = 0; j < p->n; j++) {
			const struct doc_ref *r = &p->refs[j];

			if (d->type == DOC_TIMELINE)
				fprintf(o->fp, "dated\t%s\t%s\t%s\t%s\t%s\t%s\n", r->date, r->to.slug,
				    r->to.kind, r->to.name, r->to.name_en,
				    r->quote.src ? r->quote.src->slug : "");
			else
				fprintf(o->fp, "%s\t%s\t%s\t%s\t%s\t%s\n", doc_sec_key(p->sec),
				    p->group ? p->group->relation : "", doc_side_key(p->side), r->to.slug,
				    r->to.kind, r->to.name);
		}
	}
}
