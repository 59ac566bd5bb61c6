/* doc_compare.c: two concepts side by side: their heads, then what both link to and what only one does. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "doc_private.h"
#include "i18n.h"

static const enum doc_sec part_secs[PAIR_PARTS] = {
	[PAIR_LINKS] = SEC_LINKS, [PAIR_BACKLINKS] = SEC_BACKLINKS,
	[PAIR_LISTS] = SEC_LISTS, [PAIR_ABOUT] = SEC_ABOUT_LISTS,
};

static enum doc_side
side_of(int side)
{
	return side == STORE_PAIR_BOTH ? SIDE_BOTH : side == STORE_PAIR_FIRST ? SIDE_FIRST : SIDE_SECOND;
}

/* A part starts where the part, the relation or the side changes; the
 * three sides of one relation share its group. */
static void
add_parts(struct doc *d, const struct store_pair *p, struct doc_ref *refs)
{
	struct doc_group *g = NULL;

	for (size_t i = 0; i < p->n; i++) {
		const struct store_pair_row *r = &p->v[i], *prev = i ? &p->v[i - 1] : NULL;
		int new_group = !prev || prev->part != r->part || prev->relation_pos != r->relation_pos;

		if (new_group && r->relation && (g = arena_alloc(&d->mem, sizeof *g)) != NULL)
			*g = (struct doc_group){ arena_keep(&d->mem, r->relation),
				arena_keep(&d->mem, r->label), arena_keep(&d->mem, r->label_en),
				r->relation_pos, 0 };
		else if (new_group)
			g = NULL;
		if (new_group || prev->side != r->side) {
			d->parts[d->nparts++] = (struct doc_part){ part_secs[r->part], NULL, g,
				side_of(r->side), r->total, &refs[i], 0 };
			if (g)
				g->total += r->total;
		}
		doc_dup_item(&d->mem, &refs[i].to, &r->item);
		refs[i].group = g;
		d->parts[d->nparts - 1].n++;
	}
}

int
doc_compare(struct store *st, const char *a, const char *b, size_t budget, struct doc *out)
{
	struct store_brief one, two;
	struct store_pair p;
	struct doc_ref *refs;
	int rc = doc_begin(st, out, DOC_COMPARE);

	if (rc == STORE_OK && (rc = store_brief(st, a, &one)) == STORE_OK &&
	    (rc = store_brief(st, b, &two)) != STORE_OK)
		store_brief_free(&one);
	if (rc != STORE_OK)
		return doc_finish(out, rc);
	doc_dup_item(&out->mem, &out->self, &one.self);
	out->summary = arena_keep(&out->mem, one.summary);
	out->summary_en = arena_keep(&out->mem, one.summary_en);
	doc_dup_item(&out->mem, &out->other, &two.self);
	out->other_summary = arena_keep(&out->mem, two.summary);
	out->other_summary_en = arena_keep(&out->mem, two.summary_en);
	if ((rc = store_pair(st, one.self.id, two.self.id, budget, &p)) == STORE_OK) {
		out->cut = p.more;
		if (p.n && (refs = arena_array(&out->mem, p.n, sizeof *refs)) &&
		    (out->parts = arena_array(&out->mem, p.n, sizeof *out->parts)))
			add_parts(out, &p, refs);
		store_pair_free(&p);
	}
	store_brief_free(&one);
	store_brief_free(&two);
	return doc_finish(out, rc);
}

const char *
doc_part_title(const struct doc_part *p, char *buf, size_t n)
{
	if (p->sec == SEC_ITEMS)
		return doc_format(buf, n, "%s", p->title ? p->title : _("Other dates"));
	if (p->group)
		return doc_format(buf, n, "%s · %s", doc_sec_title(p->sec), doc_group_label(p->group));
	return doc_format(buf, n, "%s", doc_sec_title(p->sec));
}

int
doc_part_heads(const struct doc *d, size_t i)
{
	const struct doc_part *p = &d->parts[i];

	return i == 0 || d->type == DOC_TIMELINE || p->group != p[-1].group || p->sec != p[-1].sec;
}

const char *
doc_side_title(const struct doc *d, enum doc_side side, char *buf, size_t n)
{
	if (side == SIDE_BOTH)
		return doc_format(buf, n, "%s", _("Both"));
	return doc_format(buf, n, _("Only %s"), side == SIDE_FIRST ? d->self.name : d->other.name);
}
