/* test_map.c: the map: built from the store, laid out in boxes by display width, written as dot and mermaid. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "browser.h"
#include "doc.h"
#include "doc_map.h"
#include "fixture.h"
#include "map_layout.h"
#include "store.h"
#include "text.h"
#include "vec.h"
#include "write.h"

/* --- a map made by hand ------------------------------------------------- */

static int
node(struct doc_map *m, const char *slug, const char *name, int depth, int via)
{
	struct doc_map_node *n = VEC_PUSH(&m->mem, m->nodes, m->nnodes, m->nodecap);

	assert_non_null(n);
	n->item = (struct doc_item){ arena_strdup(&m->mem, slug), "partner",
		arena_strdup(&m->mem, name), "", "" };
	n->depth = depth;
	n->via = via;
	n->expanded = depth == 0;
	return (int)m->nnodes - 1;
}

static void
group(struct doc_map *m, int at, const char *label, int back, size_t total)
{
	struct doc_map_group *g = VEC_PUSH(&m->mem, m->groups, m->ngroups, m->groupcap);

	assert_non_null(g);
	*g = (struct doc_map_group){ at, "rel", arena_strdup(&m->mem, label),
		arena_strdup(&m->mem, label), 1, back, 0, (int)m->nedges, 0, total };
}

static void
edge(struct doc_map *m, int to, int dup)
{
	struct doc_map_edge *e = VEC_PUSH(&m->mem, m->edges, m->nedges, m->edgecap);

	assert_non_null(e);
	*e = (struct doc_map_edge){ m->groups[m->ngroups - 1].node, to, (int)m->ngroups - 1, dup };
	m->groups[m->ngroups - 1].n++;
}

/* Việt Nam at the centre; six neighbours under two relations, names in
 * Vietnamese and wide characters; `total` links of the second relation. */
static void
vietnamese(struct doc_map *m, size_t total)
{
	static const char *const names[] = { "Hồ Chí Minh", "Phạm Minh Chính", "Đà Nẵng",
		"漢字漢字", "Thành phố Hồ Chí Minh và đồng bằng sông Cửu Long", "Huế" };

	memset(m, 0, sizeof *m);
	m->depth = 1;
	node(m, "viet-nam", "Việt Nam", 0, -1);
	group(m, 0, "mitra kerja sama", 0, 3);
	for (int i = 0; i < 3; i++)
		edge(m, node(m, names[i], names[i], 1, (int)m->nedges), 0);
	group(m, 0, "bagian dari", 1, total);
	for (int i = 3; i < 6; i++)
		edge(m, node(m, names[i], names[i], 1, (int)m->nedges), 0);
}

/* Every box's middle starts and ends with its vertical line, at the
 * columns its cell says, and no row is wider than `width`. */
static void
check_boxes(const struct map_layout *l, size_t width, const char *v)
{
	for (size_t i = 0; i < l->nrows; i++) {
		const struct map_row *r = &l->rows[i];

		assert_true(text_width(r->text, strlen(r->text)) <= width);
		for (size_t k = 0; k < r->ncells; k++) {
			const struct map_cell *c = &r->cells[k];
			size_t used, a = text_fit(r->text, strlen(r->text), (size_t)c->col, &used);
			size_t b = text_fit(r->text, strlen(r->text), (size_t)(c->col + c->width - 1), &used);

			assert_int_equal(used, c->col + c->width - 1);
			assert_memory_equal(r->text + a, v, strlen(v));
			assert_memory_equal(r->text + b, v, strlen(v));
			/* the borders above and below are as wide: the same row widths */
			assert_int_equal(text_width(l->rows[i - 1].text, strlen(l->rows[i - 1].text)) >=
			    (size_t)(c->col + c->width), 1);
		}
	}
}

static void
test_layout_widths(void **state)
{
	struct doc_map m;
	struct map_layout l;
	struct map_layout_opts o = { 40, 0, 1 };

	(void)state;
	vietnamese(&m, 3);
	assert_int_equal(map_layout(&m, &o, &l), 0);
	check_boxes(&l, 40, "│");
	/* the centre, then a box per neighbour: 7 links */
	assert_int_equal(l.nlinks, 7);
	assert_true(l.rows[1].centre);
	assert_non_null(strstr(l.rows[1].text, "Việt Nam"));
	/* wide characters count two columns: 漢字漢字 is a box 12 wide */
	for (size_t i = 0; i < l.nrows; i++)
		for (size_t k = 0; k < l.rows[i].ncells; k++)
			if (strstr(l.rows[i].text, "漢字漢字") && l.rows[i].cells[k].number == 4)
				assert_int_equal(l.rows[i].cells[k].width, 8 + 2 + 3);
	map_layout_free(&l);
	doc_map_free(&m);
}

/* Numbers 1-9 go to the boxes in reading order, never to the centre, and
 * a relation with more links than shown ends in a box saying how many. */
static void
test_layout_numbers_more(void **state)
{
	struct doc_map m;
	struct map_layout l;
	struct map_layout_opts o = { 80, 0, 1 };
	int expect = 1, more = 0;

	(void)state;
	vietnamese(&m, 10);
	assert_int_equal(map_layout(&m, &o, &l), 0);
	for (size_t i = 0; i < l.nrows; i++) {
		for (size_t k = 0; k < l.rows[i].ncells; k++) {
			const struct map_cell *c = &l.rows[i].cells[k];

			if (l.rows[i].centre) {
				assert_int_equal(c->number, 0);
				continue;
			}
			assert_int_equal(c->number, expect++);
			if (c->node < 0) {
				more = 1;
				assert_int_equal(c->group, 1);
				assert_non_null(strstr(l.rows[i].text, "7 more"));
			}
		}
	}
	assert_true(more);
	/* the labels: the first relation a branch, the last the end of the trunk */
	assert_non_null(strstr(l.rows[3].text, "├─ mitra kerja sama"));
	map_layout_free(&l);
	doc_map_free(&m);
}

/* --ascii: no byte past ASCII, Vietnamese names without their marks. */
static void
test_layout_ascii(void **state)
{
	struct doc_map m;
	struct map_layout l;
	struct map_layout_opts o = { 60, 1, 0 };
	int found = 0;

	(void)state;
	vietnamese(&m, 3);
	assert_int_equal(map_layout(&m, &o, &l), 0);
	check_boxes(&l, 60, "|");
	for (size_t i = 0; i < l.nrows; i++) {
		for (const char *s = l.rows[i].text; *s; s++)
			assert_true((unsigned char)*s < 0x80);
		found |= strstr(l.rows[i].text, "| Pham Minh Chinh |") != NULL;
	}
	assert_true(found);
	assert_string_equal(l.rows[0].text, "+----------+");
	map_layout_free(&l);
	doc_map_free(&m);
}

/* A link shown from both its ends is drawn once; a box whose links the
 * map holds has them under it. */
static void
test_layout_dup_and_subtree(void **state)
{
	struct doc_map m;
	struct map_layout l;
	struct map_layout_opts o = { 80, 0, 0 };
	int a, b, rows_b = 0;

	(void)state;
	memset(&m, 0, sizeof m);
	m.depth = 2;
	node(&m, "x", "Pusat", 0, -1);
	group(&m, 0, "contains", 0, 1);
	a = node(&m, "a", "Anak", 1, 0);
	edge(&m, a, 0);
	m.nodes[a].expanded = 1;
	group(&m, a, "part of", 1, 2);
	edge(&m, 0, 1);		/* back to the centre: the same link */
	b = node(&m, "b", "Cucu", 2, (int)m.nedges);
	edge(&m, b, 0);
	assert_int_equal(map_layout(&m, &o, &l), 0);
	for (size_t i = 0; i < l.nrows; i++) {
		assert_null(strstr(l.rows[i].text, "Pusat") && i > 1 ? l.rows[i].text : NULL);
		rows_b += strstr(l.rows[i].text, "Cucu") != NULL;
	}
	assert_int_equal(rows_b, 1);
	/* Anak's box opens downwards, its branch under it */
	assert_non_null(strstr(l.rows[6].text, "└┬"));
	assert_non_null(strstr(l.rows[7].text, "└─ part of"));
	map_layout_free(&l);
	doc_map_free(&m);
}

/* --- writers --------------------------------------------------------------- */

static char *
written(void (*w)(const struct doc_map *, const struct write_opts *), const struct doc_map *m)
{
	char *s = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&s, &n);
	struct write_opts o = { .fp = fp, .width = 80 };

	assert_non_null(fp);
	w(m, &o);
	fclose(fp);
	return s;
}

static const char hostile[] = "Evil \"quoted\" \\N back|slash ]; end # <b>&amp; `x` {y} (z)\ttab";

static void
hostile_map(struct doc_map *m)
{
	memset(m, 0, sizeof *m);
	m->depth = 1;
	node(m, "evil", hostile, 0, -1);
	group(m, 0, hostile, 0, 1);
	edge(m, node(m, "other", "\"", 1, 0), 0);
}

static void
test_dot_escapes(void **state)
{
	struct doc_map m;
	char *s;

	(void)state;
	hostile_map(&m);
	s = written(write_dot_map, &m);
	assert_non_null(strstr(s, "n0 [label=\"Evil \\\"quoted\\\" \\\\N back|slash ]; end # <b>&amp; `x` {y} (z) tab\""));
	assert_non_null(strstr(s, "n1 [label=\"\\\"\""));
	assert_non_null(strstr(s, "n0 -> n1 [label=\"Evil \\\""));
	/* Graphviz itself reads it: two nodes, one edge, the label whole */
	if (system("command -v dot >/dev/null 2>&1") == 0) {
		char path[] = "/tmp/tekdip-map-XXXXXX", cmd[256];
		int fd = mkstemp(path);
		FILE *svg;
		char line[4096];
		int nodes = 0, edges = 0, label = 0;

		assert_true(fd >= 0);
		assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
		close(fd);
		snprintf(cmd, sizeof cmd, "dot -Tsvg %s", path);
		assert_non_null(svg = popen(cmd, "r"));
		while (fgets(line, sizeof line, svg)) {
			nodes += strstr(line, "class=\"node\"") != NULL;
			edges += strstr(line, "class=\"edge\"") != NULL;
			label += strstr(line, "Evil &quot;quoted&quot; \\N back|slash") != NULL;
		}
		assert_int_equal(pclose(svg), 0);
		unlink(path);
		assert_int_equal(nodes, 2);
		assert_int_equal(edges, 1);
		assert_true(label >= 2);
	}
	free(s);
	doc_map_free(&m);
}

static void
test_mermaid_escapes(void **state)
{
	struct doc_map m;
	char *s, *line;

	(void)state;
	hostile_map(&m);
	s = written(write_mermaid_map, &m);
	assert_non_null(strstr(s, "n0[\"Evil #34;quoted#34; #92;N back#124;slash #93;#59; end #35; "
	    "#60;b#62;#38;amp#59; #96;x#96; #123;y#125; #40;z#41; tab\"]"));
	assert_non_null(strstr(s, "n1[\"#34;\"]"));
	/* every line is a statement mermaid reads: a quote only at a label's ends */
	for (line = strtok(s, "\n"); line; line = strtok(NULL, "\n")) {
		int quotes = 0;

		for (const char *c = line; *c; c++)
			quotes += *c == '"';
		assert_true(quotes == 0 || quotes == 2);
	}
	free(s);
	doc_map_free(&m);
}

/* --- from the store ---------------------------------------------------------- */

/* The hub of fixture_many_db: its three relations of backlinks, the third
 * past the centre's budget, which says how many more it has. */
static void
test_build_hub(void **state)
{
	char *path;
	struct store *st = fixture_many_open(30, &path);
	struct doc_map m;
	size_t shown = 0, more = 0;

	(void)state;
	assert_int_equal(doc_map(st, "konsep-00001", 1, DOC_MAP_CAP_CENTRE, &m), STORE_OK);
	assert_int_equal(m.ngroups, 3);
	for (size_t i = 0; i < m.ngroups; i++) {
		assert_true(m.groups[i].back);
		shown += (size_t)m.groups[i].n;
		more += doc_map_more(&m, &m.groups[i]);
	}
	/* a fair share of the budget: the small relations whole, the big one cut */
	assert_int_equal(shown + more, 5 + 3 + 21);
	assert_true(shown <= DOC_MAP_CAP_CENTRE);
	assert_int_equal(m.groups[0].n, 5);
	assert_int_equal(m.groups[1].n, 3);
	assert_int_equal(more, doc_map_more(&m, &m.groups[2]));
	assert_true(more > 0);
	assert_int_equal(m.nnodes, 1 + shown);
	doc_map_free(&m);
	/* cap 0: every link, none left over */
	assert_int_equal(doc_map(st, "konsep-00001", 1, 0, &m), STORE_OK);
	assert_int_equal(m.nedges, 29);
	doc_map_free(&m);
	assert_int_equal(doc_map(st, "no-such", 1, 0, &m), STORE_NOTFOUND);
	fixture_store_close(st, path);
}

/* Depth 2 reads each concept once, and a link seen from both its ends
 * (pillar contains task; task is part of pillar) is one edge and a dup. */
static void
test_build_depth(void **state)
{
	struct store *st = *state;
	struct doc_map m;
	size_t dups = 0;

	assert_int_equal(doc_map(st, "pilar-iptek", 2, DOC_MAP_CAP_CENTRE, &m), STORE_OK);
	assert_int_equal(m.nnodes, 3);
	for (size_t i = 0; i < m.nedges; i++)
		dups += (size_t)m.edges[i].dup;
	assert_int_equal(m.nedges, 4);
	assert_int_equal(dups, 2);
	doc_map_free(&m);
	/* a list: its items in order, the roots, each with its links */
	assert_int_equal(doc_map(st, "tiga-tugas", 1, DOC_MAP_CAP_CENTRE, &m), STORE_OK);
	assert_true(m.list);
	assert_true(m.groups[0].item);
	assert_int_equal(m.groups[0].n, 2);
	assert_string_equal(m.nodes[m.edges[0].to].item.slug, "tugas-satu");
	assert_string_equal(m.nodes[m.edges[1].to].item.slug, "tugas-dua");
	assert_true(m.nodes[m.edges[0].to].expanded);
	doc_map_free(&m);
}

/* A document written as a graph: a concept's links and backlinks are its
 * edges, each target a node named by its slug; a kind's concepts a cluster. */
static void
test_doc_as_graph(void **state)
{
	struct store *st = *state;
	struct doc d;
	char *s;

	assert_int_equal(doc_concept(st, "tugas-satu", 0, &d), STORE_OK);
	s = fixture_written(FMT_DOT, &d, 80);
	assert_non_null(strstr(s, "n0 [label=\"Meneliti tren\", tooltip=\"tugas-satu\", penwidth=2];"));
	assert_non_null(strstr(s, "tooltip=\"pilar-iptek\""));
	assert_non_null(strstr(s, "n0 -> n1 [label=\"part of\"];"));
	free(s);
	s = fixture_written(FMT_MERMAID, &d, 80);
	assert_non_null(strstr(s, "  n0 -->|\"part of\"| n1\n"));
	free(s);
	doc_free(&d);
	assert_int_equal(doc_kind(st, "task", &d), STORE_OK);
	s = fixture_written(FMT_DOT, &d, 80);
	assert_non_null(strstr(s, "subgraph cluster_items"));
	assert_null(strstr(s, " -> "));
	free(s);
	doc_free(&d);
	assert_true(WRITE_GRAPH(FMT_DOT) && WRITE_GRAPH(FMT_MERMAID) && !WRITE_GRAPH(FMT_TEXT));
}

/* --- the browser ------------------------------------------------------------- */

static const struct target *
now(const struct browser *b)
{
	return &b->nav.v[b->nav.cur].t;
}

/* M, the digits, Enter on a box and on the centre, o, + and -, Left. */
static void
test_browser_keys(void **state)
{
	struct browser b;
	char xdg[] = "/tmp/tekdip-map-xdg-XXXXXX", cmd[64], *err = NULL;
	int ascii = 0;

	assert_non_null(mkdtemp(xdg));
	setenv("XDG_DATA_HOME", xdg, 1);
	assert_int_equal(browser_open(&b, *state, "korea-selatan", 80, 24, &err), 0);
	browser_key(&b, 'M');
	assert_int_equal(now(&b)->view, V_MAP);
	assert_string_equal(now(&b)->key, "korea-selatan");
	/* link 0 is the centre, leading to its page; box 1 to its own map */
	assert_int_equal(b.page.links[0].view, V_CONCEPT);
	assert_int_equal(b.page.links[1].view, V_MAP);
	assert_string_equal(b.page.links[1].key, "kecerdasan-buatan");
	assert_int_equal(b.pos.sel, 0);
	browser_key(&b, '1');
	assert_int_equal(now(&b)->view, V_MAP);
	assert_string_equal(now(&b)->key, "kecerdasan-buatan");
	browser_key(&b, K_ENTER);	/* Enter twice: the centre's page */
	assert_int_equal(now(&b)->view, V_CONCEPT);
	assert_string_equal(now(&b)->key, "kecerdasan-buatan");
	browser_key(&b, K_LEFT);
	browser_key(&b, '+');
	assert_int_equal(now(&b)->depth, 2);
	browser_key(&b, '+');
	browser_key(&b, '+');
	assert_int_equal(now(&b)->depth, 3);
	assert_non_null(strstr(b.notice, "1 to 3"));
	browser_key(&b, '-');
	assert_int_equal(now(&b)->depth, 2);
	browser_key(&b, K_LEFT);
	assert_string_equal(now(&b)->key, "korea-selatan");
	assert_int_equal(b.pos.sel, 1);	/* where 1 left it */
	browser_key(&b, 'o');
	assert_int_equal(now(&b)->view, V_CONCEPT);
	assert_string_equal(now(&b)->key, "kecerdasan-buatan");
	browser_key(&b, '+');
	assert_non_null(strstr(b.notice, "press M"));
	/* a locale that is not UTF-8: the same map in + - | */
	b.ctx.ascii = 1;
	browser_key(&b, 'M');
	for (size_t i = 0; i < b.page.nrows; i++)
		ascii |= strncmp(b.page.rows[i].text, "+-", 2) == 0;
	assert_true(ascii);
	browser_close(&b);
	snprintf(cmd, sizeof cmd, "rm -rf %s", xdg);
	assert_int_equal(system(cmd), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_widths),
		cmocka_unit_test(test_layout_numbers_more),
		cmocka_unit_test(test_layout_ascii),
		cmocka_unit_test(test_layout_dup_and_subtree),
		cmocka_unit_test(test_dot_escapes),
		cmocka_unit_test(test_mermaid_escapes),
		cmocka_unit_test(test_build_hub),
		cmocka_unit_test(test_build_depth),
		cmocka_unit_test(test_doc_as_graph),
		cmocka_unit_test(test_browser_keys),
	};

	return cmocka_run_group_tests(tests, fixture_open, fixture_close);
}
