/* view_map.c: the map view: a concept's or list's neighbourhood in boxes, each box a link. */
#include "config.h"

#include <string.h>

#include "doc_map.h"
#include "i18n.h"
#include "map_layout.h"
#include "text.h"
#include "view.h"

static int
depth_of(const struct target *t)
{
	return t->depth < 1 ? 1 : t->depth > DOC_MAP_DEPTH_MAX ? DOC_MAP_DEPTH_MAX : t->depth;
}

/* A box leads to its map (Enter: the map centred on it); the centre's to
 * its page (so Enter twice opens a box's page); "N more" to the relation. */
static struct target
cell_target(const struct doc_map *m, const struct map_row *r, const struct map_cell *c, int depth)
{
	struct target t;

	if (c->node < 0) {
		const struct doc_map_group *g = &m->groups[c->group];

		t = target_make(g->back ? V_BACKLINKS : V_LINKS, m->nodes[g->node].item.slug);
		t.relation = g->pos;
		return t;
	}
	if (r->centre)
		return target_make(view_item_view(m->nodes[c->node].item.kind), m->nodes[c->node].item.slug);
	t = target_make(V_MAP, m->nodes[c->node].item.slug);
	t.depth = depth;
	return t;
}

/* Columns [from, to) of `s` as a new string in the page. */
static const char *
columns(struct page *p, const char *s, int from, int to)
{
	size_t len = strlen(s), used, a = text_fit(s, len, (size_t)from, &used);
	size_t b = a + text_fit(s + a, len - a, (size_t)(to - from), &used);

	return page_fmt(p, "%.*s", (int)(b - a), s + a);
}

/* Text between cells, unless it is only the spaces that separate them. */
static void
plain(struct page *p, const char *s, int from, int to)
{
	const char *t;

	if (to <= from)
		return;
	t = columns(p, s, from, to);
	if (t[strspn(t, " ")])
		page_cell(p, from, to - from, R_META, t, NULL);
}

static void
cells_row(struct page *p, const struct doc_map *m, const struct map_row *r, int depth)
{
	int at = 0, end = (int)text_width(r->text, strlen(r->text));

	page_cells(p, R_TEXT, 0);
	for (size_t i = 0; i < r->ncells; i++) {
		const struct map_cell *c = &r->cells[i];
		struct target t = cell_target(m, r, c, depth);

		plain(p, r->text, at, c->col - 1);
		page_cell(p, c->col, c->width, r->centre ? R_TITLE : R_LINK,
		    columns(p, r->text, c->col, c->col + c->width), &t);
		at = c->col + c->width + 1;
	}
	plain(p, r->text, at, end);
}

int
view_map(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct doc_map m;
	struct map_layout l;
	struct map_layout_opts o = { p->width, ctx->ascii, 1 };
	int depth = depth_of(t), rc = doc_map(ctx->st, t->key, depth, DOC_MAP_CAP_CENTRE, &m);

	if (rc != STORE_OK)
		return rc;
	if (map_layout(&m, &o, &l) < 0) {
		doc_map_free(&m);
		return STORE_ERROR;
	}
	p->crumb = page_fmt(p, _("Map › %s"), m.nodes[0].item.name);
	page_text(p, R_META, 0, page_fmt(p, _("Map, depth %d of %d (+ -) · Enter centres a box, "
	    "o opens it"), depth, DOC_MAP_DEPTH_MAX));
	if (m.cut)
		page_text(p, R_META, 0, page_fmt(p, _("Part of the map: at most %d concepts, the links "
		    "of %d of them."), DOC_MAP_NODES_MAX, DOC_MAP_EXPAND_MAX + 1));
	page_blank(p);
	for (size_t i = 0; i < l.nrows; i++) {
		const struct map_row *r = &l.rows[i];

		if (r->ncells)
			cells_row(p, &m, r, depth);
		else
			page_row(p, r->type == MAP_ROW_LABEL ? R_META : R_TEXT, 0, r->text, NULL);
	}
	map_layout_free(&l);
	doc_map_free(&m);
	return STORE_OK;
}

struct target
view_map_page(struct view_ctx *ctx, const struct target *t)
{
	struct store_items it;
	const char *slug = t->key;
	struct target to = *t;

	if (t->view != V_MAP)
		return to;
	if (store_lookup(ctx->st, &slug, 1, &it) == STORE_OK && it.n == 1)
		to = target_make(view_item_view(it.v[0].kind), slug);
	else
		to = target_make(V_CONCEPT, slug);
	store_items_free(&it);
	return to;
}
