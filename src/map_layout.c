/* map_layout.c: a map's nodes and edges laid out as rows of boxes and branches, by display width. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "i18n.h"
#include "map_layout.h"
#include "text.h"
#include "vec.h"

struct glyphs {
	const char *h, *v, *tl, *tr, *bl, *br, *down;
	const char *tee, *last, *trunk, *blank;	/* 3 columns each */
};

static const struct glyphs box_glyphs = { "─", "│", "┌", "┐", "└", "┘", "┬",
	"├─ ", "└─ ", "│  ", "   " };
static const struct glyphs ascii_glyphs = { "-", "|", "+", "+", "+", "+", "+",
	"+- ", "`- ", "|  ", "   " };

#define BOX_NAME_MAX 24		/* columns of a name in a box: more is cut */
#define PREFIX_MAX 512

struct ctx {
	const struct doc_map *m;
	const struct map_layout_opts *o;
	const struct glyphs *g;
	struct map_layout *out;
	int number;		/* the next box's number */
	int numbers;		/* boxes have a number's column (not the centre's) */
};

/* A box to draw: its name as drawn and what it leads to. */
struct box {
	const char *name;	/* in the layout's arena */
	int w;			/* inner columns: a space (or a number and a space), the name, a space */
	int node, group;
};

static struct map_row *
add_row(struct ctx *c, enum map_row_type type, struct buf *b)
{
	char *s = buf_finish(b);
	struct map_row *r = s ? VEC_PUSH(&c->out->mem, c->out->rows, c->out->nrows, c->out->rowcap) : NULL;

	if (!r) {
		free(s);
		c->out->mem.failed = 1;
		return NULL;
	}
	*r = (struct map_row){ arena_take(&c->out->mem, s), type, 0, NULL, 0, 0 };
	return r;
}

static void
repeat(struct buf *b, const char *s, int n)
{
	for (int i = 0; i < n; i++)
		buf_adds(b, s);
}

/* `name` as drawn (ASCII when asked) and cut to fit `max` columns. */
static struct box
make_box(struct ctx *c, const char *name, int node, int group, int max)
{
	char *a = c->o->ascii ? text_ascii(name, strlen(name)) : NULL;
	const char *s = c->o->ascii ? (a ? a : "?") : name;
	int fit = max - 5 > BOX_NAME_MAX ? BOX_NAME_MAX : max - 5 > 1 ? max - 5 : 1;
	char *cut = text_truncate(s, strlen(s), (size_t)fit);
	struct box b = { "", 2, node, group };

	if (cut) {
		size_t len = strlen(cut);

		/* cut names end in "…", which ASCII draws as the ui does: "~" */
		if (c->o->ascii && len >= 3 && strcmp(cut + len - 3, "…") == 0)
			strcpy(cut + len - 3, "~");
		b.name = arena_take(&c->out->mem, cut);
		b.w = (int)text_width(b.name, strlen(b.name)) + 2 + c->numbers;
	} else {
		c->out->mem.failed = 1;
	}
	free(a);
	return b;
}

/* A line of boxes side by side after `pre` (`cols` wide): three rows, the
 * middle one the boxes' links; `down` marks a lone box whose links follow. */
static void
box_line(struct ctx *c, const char *pre, int cols, const struct box *v, size_t n, int down,
    const char *note)
{
	struct buf top = BUF_INIT, mid = BUF_INIT, bot = BUF_INIT;
	struct map_row *r;
	int col = cols, centre = c->out->nrows == 0, first = c->number;

	buf_adds(&top, pre);
	buf_adds(&mid, pre);
	buf_adds(&bot, pre);
	for (size_t i = 0; i < n; i++) {
		const char *sp = i ? " " : "";

		buf_printf(&top, "%s%s", sp, c->g->tl);
		repeat(&top, c->g->h, v[i].w);
		buf_adds(&top, c->g->tr);
		buf_printf(&bot, "%s%s", sp, c->g->bl);
		if (down) {
			buf_adds(&bot, c->g->down);
			repeat(&bot, c->g->h, v[i].w - 1);
		} else {
			repeat(&bot, c->g->h, v[i].w);
		}
		buf_adds(&bot, c->g->br);
	}
	add_row(c, MAP_ROW_LINE, &top);
	for (size_t i = 0; i < n; i++) {
		int num = !centre && c->o->numbers && c->number <= 9 ? c->number : 0;

		if (!centre)
			c->number++;
		buf_printf(&mid, "%s%s", i ? " " : "", c->g->v);
		if (num)
			buf_printf(&mid, "%d %s ", num, v[i].name);
		else
			buf_printf(&mid, "%s%s ", c->numbers ? "  " : " ", v[i].name);
		buf_adds(&mid, c->g->v);
	}
	if (note && *note)
		buf_printf(&mid, "  %s", note);
	if ((r = add_row(c, MAP_ROW_BOX, &mid)) != NULL) {
		r->centre = centre;
		for (size_t i = 0; i < n; i++) {
			struct map_cell *cell = VEC_PUSH(&c->out->mem, r->cells, r->ncells, r->cellcap);

			col += i ? 1 : 0;
			if (!cell)
				break;
			*cell = (struct map_cell){ col, v[i].w + 2, v[i].node, v[i].group, 0 };
			col += v[i].w + 2;
			c->out->nlinks++;
		}
		/* the numbers drawn, for the cells */
		for (size_t i = 0; i < r->ncells; i++)
			r->cells[i].number = !centre && c->o->numbers && first + (int)i <= 9
			    ? first + (int)i : 0;
	}
	add_row(c, MAP_ROW_LINE, &bot);
}

/* `pre` then `add` into out[PREFIX_MAX]; a prefix that deep keeps its start. */
static void
extend(char *out, const char *pre, const char *add)
{
	size_t a = strlen(pre), b = strlen(add);

	if (a >= PREFIX_MAX)
		a = PREFIX_MAX - 1;
	if (a + b >= PREFIX_MAX)
		b = PREFIX_MAX - 1 - a;
	memcpy(out, pre, a);
	memcpy(out + a, add, b);
	out[a + b] = '\0';
}

static int
edge_shown(const struct doc_map *m, int e)
{
	return !m->edges[e].dup;
}

/* A group shows if it has a link not shown elsewhere, or more than it shows. */
static int
group_shown(const struct doc_map *m, const struct doc_map_group *g)
{
	for (int e = g->first; e < g->first + g->n; e++)
		if (edge_shown(m, e))
			return 1;
	return doc_map_more(m, g) > 0;
}

static int
node_has_groups(const struct doc_map *m, int node)
{
	for (size_t i = 0; i < m->ngroups; i++)
		if (m->groups[i].node == node && group_shown(m, &m->groups[i]))
			return 1;
	return 0;
}

static void node_groups(struct ctx *c, int node, const char *pre, int cols);

/* Whether edge `e` is where its target's own links are drawn. */
static int
expands_here(const struct doc_map *m, int e)
{
	int to = m->edges[e].to;

	return m->nodes[to].via == e && m->nodes[to].expanded && node_has_groups(m, to);
}

/* A group's boxes: leaves side by side as the width allows, a box whose
 * links the map holds alone with them under it, then "N more". */
static void
group_boxes(struct ctx *c, const struct doc_map_group *g, const char *pre, int cols)
{
	const struct doc_map *m = c->m;
	int room = (int)c->o->width - cols, used = 0;
	struct box *line = calloc((size_t)g->n + 1, sizeof *line);
	size_t n = 0;
	size_t more = doc_map_more(m, g);

	if (!line) {
		c->out->mem.failed = 1;
		return;
	}
	for (int e = g->first; e <= g->first + g->n && !c->out->mem.failed; e++) {
		struct box b;
		char buf[64];
		int last = e == g->first + g->n;

		if (last && !more)
			break;
		if (!last && !edge_shown(m, e))
			continue;
		if (last) {
			snprintf(buf, sizeof buf, _("%zu more"), more);
			b = make_box(c, buf, -1, (int)(g - m->groups), room);
		} else {
			b = make_box(c, m->nodes[m->edges[e].to].item.name, m->edges[e].to, -1, room);
		}
		if (!last && expands_here(m, e)) {
			char sub[PREFIX_MAX];

			if (n)
				box_line(c, pre, cols, line, n, 0, NULL);
			n = 0;
			used = 0;
			box_line(c, pre, cols, &b, 1, 1, NULL);
			extend(sub, pre, " ");
			node_groups(c, m->edges[e].to, sub, cols + 1);
			continue;
		}
		if (n && used + 1 + b.w + 2 > room) {
			box_line(c, pre, cols, line, n, 0, NULL);
			n = 0;
			used = 0;
		}
		used += (n ? 1 : 0) + b.w + 2;
		line[n++] = b;
	}
	if (n)
		box_line(c, pre, cols, line, n, 0, NULL);
	free(line);
}

/* Each relation of `node` as a branch from the trunk under its box. */
static void
node_groups(struct ctx *c, int node, const char *pre, int cols)
{
	const struct doc_map *m = c->m;
	size_t last = (size_t)-1;

	for (size_t i = 0; i < m->ngroups; i++)
		if (m->groups[i].node == node && group_shown(m, &m->groups[i]))
			last = i;
	for (size_t i = 0; i < m->ngroups && last != (size_t)-1; i++) {
		const struct doc_map_group *g = &m->groups[i];
		struct buf b = BUF_INIT;
		char sub[PREFIX_MAX];
		char *label = NULL;
		const char *l = doc_map_label(g);

		if (g->node != node || !group_shown(m, g))
			continue;
		if (c->o->ascii)
			label = text_ascii(l, strlen(l));
		buf_printf(&b, "%s%s%s", pre, i == last ? c->g->last : c->g->tee, label ? label : l);
		free(label);
		add_row(c, MAP_ROW_LABEL, &b);
		extend(sub, pre, i == last ? c->g->blank : c->g->trunk);
		group_boxes(c, g, sub, cols + 3);
	}
}

int
map_layout(const struct doc_map *m, const struct map_layout_opts *o, struct map_layout *out)
{
	struct ctx c = { m, o, o->ascii ? &ascii_glyphs : &box_glyphs, out, 1, 0 };
	struct box root;

	memset(out, 0, sizeof *out);
	if (m->nnodes == 0)
		return 0;
	root = make_box(&c, m->nodes[0].item.name, 0, -1, (int)o->width);
	box_line(&c, "", 0, &root, 1, node_has_groups(m, 0), m->nodes[0].item.kind);
	c.numbers = o->numbers != 0;
	if (node_has_groups(m, 0))
		node_groups(&c, 0, " ", 1);
	if (out->mem.failed) {
		map_layout_free(out);
		return -1;
	}
	return 0;
}

void
map_layout_free(struct map_layout *l)
{
	arena_free(&l->mem);
	memset(l, 0, sizeof *l);
}
