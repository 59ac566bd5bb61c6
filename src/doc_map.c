/* doc_map.c: building a map, breadth first from its centre, from the store's links. */
#include "config.h"

#include <string.h>

#include "doc_map.h"
#include "i18n.h"
#include "store.h"
#include "vec.h"

/* The node of `slug`, added at `depth` reached by edge `via` if new. */
static int
node_of(struct doc_map *m, const struct store_item *it, int depth, int via)
{
	struct doc_map_node *n;

	for (size_t i = 0; i < m->nnodes; i++)
		if (strcmp(m->nodes[i].item.slug, it->slug) == 0)
			return (int)i;
	if (m->nnodes >= DOC_MAP_NODES_MAX) {
		m->cut = 1;
		return -1;
	}
	if (!(n = VEC_PUSH(&m->mem, m->nodes, m->nnodes, m->nodecap)))
		return -1;
	doc_dup_item(&m->mem, &n->item, it);
	n->depth = depth;
	n->via = via;
	n->expanded = 0;
	return (int)m->nnodes - 1;
}

/* Whether the link between `from` and `to` of `relation` (running to
 * `from` if back) is an edge already: only if `to` was expanded first. */
static int
seen(const struct doc_map *m, int from, int to, const char *relation, int back)
{
	if (to == from)
		return back;	/* a link to itself is a link and a backlink */
	if (!m->nodes[to].expanded)
		return 0;
	for (size_t i = 0; i < m->ngroups; i++) {
		const struct doc_map_group *g = &m->groups[i];

		if (g->node != to || g->item || g->back == back || strcmp(g->relation, relation) != 0)
			continue;
		for (int k = g->first; k < g->first + g->n; k++)
			if (m->edges[k].to == from)
				return 1;
	}
	return 0;
}

static struct doc_map_group *
group_add(struct doc_map *m, int node, const struct store_link *l, int back)
{
	struct doc_map_group *g = VEC_PUSH(&m->mem, m->groups, m->ngroups, m->groupcap);

	if (!g)
		return NULL;
	*g = (struct doc_map_group){ node, arena_keep(&m->mem, l->relation),
		arena_keep(&m->mem, l->label), arena_keep(&m->mem, l->label_en), l->relation_pos, back, 0,
		(int)m->nedges, 0, l->total };
	return g;
}

static int
edge_add(struct doc_map *m, int from, int to)
{
	struct doc_map_edge *e = VEC_PUSH(&m->mem, m->edges, m->nedges, m->edgecap);
	struct doc_map_group *g = &m->groups[m->ngroups - 1];

	if (!e)
		return -1;
	*e = (struct doc_map_edge){ from, to, (int)m->ngroups - 1, 0 };
	g->n++;
	return (int)m->nedges - 1;
}

/* One link of node `at`, in group *g, which a new relation starts;
 * -1 when memory ran out. */
static int
link_add(struct doc_map *m, int at, struct doc_map_group **g, const struct store_link *l,
    int back)
{
	int to, dup_link, e;

	if (!*g || (*g)->pos != l->relation_pos)
		if (!(*g = group_add(m, at, l, back)))
			return -1;
	if ((to = node_of(m, &l->target, m->nodes[at].depth + 1, (int)m->nedges)) < 0)
		return 0;	/* past the bound: counted in the group's total */
	dup_link = seen(m, at, to, (*g)->relation, back);
	if ((e = edge_add(m, at, to)) >= 0)
		m->edges[e].dup = dup_link;
	return 0;
}

/* One way's links of node `at`, grouped by relation as the store orders them. */
static void
add_links(struct doc_map *m, int at, const struct store_link *v, size_t n, int back)
{
	struct doc_map_group *g = NULL;

	for (size_t i = 0; i < n && !m->mem.failed; i++)
		if (link_add(m, at, &g, &v[i], back) < 0)
			return;
}

/* A list's items, the map's roots, as the list's group of node 0; -1
 * when memory ran out. */
static int
items_group(struct doc_map *m, size_t total)
{
	struct store_link l = { "item", N_("Items"), "Items", 0, total, { 0 }, NULL, NULL, 0, 0 };

	if (!group_add(m, 0, &l, 0))
		return -1;
	m->groups[0].item = 1;
	return 0;
}

/* One item of the list: an edge from it, unless the item is the list. */
static void
item_add(struct doc_map *m, const struct store_item *it)
{
	int to = node_of(m, it, 0, (int)m->nedges);

	if (to > 0)
		edge_add(m, 0, to);
}

static int
expand(struct store *st, struct doc_map *m, int at, size_t cap)
{
	struct store_concept c;
	size_t share = cap == 0 ? 0 : m->nodes[at].depth == 0 && !m->list ? cap : DOC_MAP_CAP;
	int rc = store_neighbours(st, m->nodes[at].item.slug, share, &c);

	m->nodes[at].expanded = 1;
	if (rc == STORE_NOTFOUND)
		return STORE_OK;	/* an item the list names but the file lacks */
	if (rc != STORE_OK)
		return rc;
	add_links(m, at, c.links, c.nlinks, 0);
	add_links(m, at, c.backlinks, c.nbacklinks, 1);
	store_concept_free(&c);
	return m->mem.failed ? STORE_ERROR : STORE_OK;
}

/* A list's node and its items, the map's roots, in the list's order. */
static int
list_roots(struct store *st, struct doc_map *m, const char *slug)
{
	struct store_list l;
	struct store_item self = { 0 };
	int rc = store_list(st, slug, &l);

	if (rc != STORE_OK)
		return rc;
	self = (struct store_item){ 0, l.ref.slug, STORE_LIST_KIND, l.ref.name, l.ref.name_en, "" };
	m->list = 1;
	if (node_of(m, &self, 0, -1) < 0)
		rc = STORE_ERROR;
	if (rc == STORE_OK && items_group(m, l.items.n) == 0)
		for (size_t i = 0; i < l.items.n && !m->mem.failed; i++)
			item_add(m, &l.items.v[i]);
	store_list_free(&l);
	return m->mem.failed ? STORE_ERROR : rc;
}

int
doc_map(struct store *st, const char *slug, int depth, size_t cap, struct doc_map *out)
{
	struct store_items it;
	int rc;

	memset(out, 0, sizeof *out);
	out->depth = depth < 1 ? 1 : depth > DOC_MAP_DEPTH_MAX ? DOC_MAP_DEPTH_MAX : depth;
	if ((rc = store_lookup(st, &slug, 1, &it)) != STORE_OK)
		return rc;
	if (it.n == 0)
		rc = STORE_NOTFOUND;
	else if (strcmp(it.v[0].kind, STORE_LIST_KIND) == 0)
		rc = list_roots(st, out, slug);
	else if (node_of(out, &it.v[0], 0, -1) < 0)
		rc = STORE_ERROR;
	store_items_free(&it);
	/* breadth first: the nodes nearer the centre are read before the bounds */
	for (size_t i = 0, n = 0; rc == STORE_OK && i < out->nnodes; i++) {
		if (out->nodes[i].expanded || out->nodes[i].depth >= out->depth)
			continue;
		if (cap && (out->cut || n++ >= DOC_MAP_EXPAND_MAX)) {
			out->cut = 1;
			break;
		}
		rc = expand(st, out, (int)i, cap);
	}
	if (rc != STORE_OK)
		doc_map_free(out);
	return rc;
}

static struct store_item
store_item_of(const struct doc_item *d)
{
	return (struct store_item){ 0, d->slug, d->kind, d->name, d->name_en, d->gloss };
}

/* A document's links of one way, each relation a group. */
static void
doc_links(struct doc_map *m, const struct doc_section *s, int back)
{
	struct doc_map_group *g = NULL;

	for (size_t i = 0; i < s->n && !m->mem.failed; i++) {
		const struct doc_ref *r = &s->refs[i];
		struct store_link l = { r->group->relation, r->group->label, r->group->label_en,
			r->group->pos, r->group->total, store_item_of(&r->to), NULL, NULL, 0, 0 };

		if (link_add(m, 0, &g, &l, back) < 0)
			return;
	}
}

int
doc_map_of(const struct doc *d, struct doc_map *out)
{
	struct store_item self = store_item_of(&d->self);
	const struct doc_section *items = &d->sec[SEC_ITEMS];
	struct store_item it;

	memset(out, 0, sizeof *out);
	out->depth = 1;
	out->list = d->type != DOC_CONCEPT;
	if (node_of(out, &self, 0, -1) < 0)
		return STORE_ERROR;
	out->nodes[0].expanded = 1;
	if (d->type == DOC_CONCEPT) {
		doc_links(out, &d->sec[SEC_LINKS], 0);
		doc_links(out, &d->sec[SEC_BACKLINKS], 1);
	} else if (items_group(out, items->n) == 0) {
		for (size_t i = 0; i < items->n && !out->mem.failed; i++) {
			it = store_item_of(&items->refs[i].to);
			item_add(out, &it);
		}
	}
	if (out->mem.failed) {
		doc_map_free(out);
		return STORE_ERROR;
	}
	return STORE_OK;
}

void
doc_map_free(struct doc_map *m)
{
	arena_free(&m->mem);
	memset(m, 0, sizeof *m);
}

const char *
doc_map_label(const struct doc_map_group *g)
{
	return g->item ? _(g->label) : i18n_pick(g->label, g->label_en);
}

size_t
doc_map_more(const struct doc_map *m, const struct doc_map_group *g)
{
	(void)m;
	return g->total > (size_t)g->n ? g->total - (size_t)g->n : 0;
}
