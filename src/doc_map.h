/* doc_map.h: a concept's or a list's neighbourhood as a graph: the model every map output draws. */
#ifndef TEKDIP_DOC_MAP_H
#define TEKDIP_DOC_MAP_H

#include <stddef.h>

#include "arena.h"
#include "doc.h"

struct store;

/*
 * A map is built once from the store, breadth first from its centre (a
 * concept) or from a list's items, to a depth: nodes (each concept once),
 * and for every node expanded, its relations one way each (groups) with
 * the links shown (edges).  The same link seen from both ends is one edge
 * and a duplicate (`dup`), which the graph writers leave out.
 */

#define DOC_MAP_DEPTH_MAX 3
#define DOC_MAP_NODES_MAX 200	/* a hub at depth 3 stays a map, not the database */
#define DOC_MAP_EXPAND_MAX 32	/* concepts whose links are read: the map's cost */
/* Links each way read of the centre, and of a concept further out: each
 * relation gets a fair share, and at least one (store_neighbours), so a
 * hub's map is a screenful or two, and as quick as a small concept's. */
#define DOC_MAP_CAP_CENTRE 24
#define DOC_MAP_CAP 6

struct doc_map_node {
	struct doc_item item;
	int depth;		/* steps from the centre (a list's items: 0) */
	int via;		/* the edge it was first reached by, -1 for a root */
	int expanded;		/* its groups were read */
};

/* One relation, one way, of an expanded node; its edges are contiguous. */
struct doc_map_group {
	int node;
	const char *relation, *label, *label_en;	/* label reads from `node` */
	int pos;		/* the relation's number (store_relation) */
	int back;		/* backlinks: the links run to `node` */
	int item;		/* a list's items, not links */
	int first, n;		/* edges first .. first + n - 1 */
	size_t total;		/* links of the relation this way, shown or not */
};

struct doc_map_edge {
	int from, to;		/* as drawn: from the group's node to the other */
	int group;
	int dup;		/* the same link as an earlier edge */
};

struct doc_map {
	struct arena mem;
	int list;		/* node 0 is a list, whose items are the roots */
	int depth;
	struct doc_map_node *nodes;
	size_t nnodes, nodecap;
	struct doc_map_group *groups;
	size_t ngroups, groupcap;
	struct doc_map_edge *edges;
	size_t nedges, edgecap;
	int cut;		/* DOC_MAP_NODES_MAX or _EXPAND_MAX stopped it */
};

/* The map of a concept or a list `slug`, `depth` steps out (1 to
 * DOC_MAP_DEPTH_MAX), with about `cap` links each way from the centre and
 * DOC_MAP_CAP further out (cap 0: every link, everywhere). */
int doc_map(struct store *st, const char *slug, int depth, size_t cap, struct doc_map *out);
/* The graph a document holds, read from it alone: a concept and what its
 * links and backlinks lead to, or a list's, kind's or search's items. */
int doc_map_of(const struct doc *d, struct doc_map *out);
void doc_map_free(struct doc_map *m);
/* A group's label in the interface's language. */
const char *doc_map_label(const struct doc_map_group *g);
/* The links of a group the map does not show. */
size_t doc_map_more(const struct doc_map *m, const struct doc_map_group *g);

#endif
