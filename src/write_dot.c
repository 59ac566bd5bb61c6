/* write_dot.c: a map as a Graphviz digraph: one node per concept, one labelled edge per link. */
#include "config.h"

#include "write.h"

void
write_dot_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fputc(' ', fp);	/* a newline would end nothing, but reads as one */
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

static void
node(FILE *fp, const struct doc_map *m, size_t i)
{
	const struct doc_item *it = &m->nodes[i].item;

	fprintf(fp, "\tn%zu [label=", i);
	write_dot_str(fp, it->name);
	fputs(", tooltip=", fp);
	write_dot_str(fp, it->slug);
	fprintf(fp, "%s];\n", i == 0 && !m->list ? ", penwidth=2" : "");
}

void
write_dot_map(const struct doc_map *m, const struct write_opts *o)
{
	FILE *fp = o->fp;
	size_t first = m->list ? 1 : 0;

	fputs("digraph tekdip {\n\tgraph [charset=\"UTF-8\", rankdir=LR, labelloc=t, label=", fp);
	write_dot_str(fp, m->nnodes ? m->nodes[0].item.name : "");
	fputs("];\n\tnode [shape=box, style=rounded, fontname=\"sans-serif\"];\n"
	    "\tedge [fontname=\"sans-serif\", fontsize=10];\n", fp);
	for (size_t i = first; i < m->nnodes; i++)
		node(fp, m, i);
	/* a list's items, in its order, boxed together under its name */
	if (m->list && m->ngroups && m->groups[0].item) {
		fputs("\tsubgraph cluster_items {\n\t\tlabel=", fp);
		write_dot_str(fp, m->nodes[0].item.name);
		fputs(";\n", fp);
		for (int e = m->groups[0].first; e < m->groups[0].first + m->groups[0].n; e++)
			fprintf(fp, "\t\tn%d;\n", m->edges[e].to);
		fputs("\t}\n", fp);
	}
	for (size_t i = 0; i < m->nedges; i++) {
		const struct doc_map_edge *e = &m->edges[i];

		if (e->dup || m->groups[e->group].item)
			continue;
		fprintf(fp, "\tn%d -> n%d [label=", e->from, e->to);
		write_dot_str(fp, doc_map_label(&m->groups[e->group]));
		fputs("];\n", fp);
	}
	fputs("}\n", fp);
}

void
write_dot(const struct doc *d, const struct write_opts *o)
{
	struct doc_map m;

	if (doc_map_of(d, &m) != 0)
		return;
	write_dot_map(&m, o);
	doc_map_free(&m);
}
