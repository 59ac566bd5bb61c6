/* write_mermaid.c: a map as a Mermaid flowchart, for slides and Markdown that draw one. */
#include "config.h"

#include <string.h>

#include "write.h"

/* Mermaid reads # < > & " | ` ; in a label as its own syntax or as HTML:
 * each is written as an entity code (#35;), which it draws as the character. */
void
write_mermaid_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (strchr("#<>&\"|`;[]{}()\\", c) && c)
			fprintf(fp, "#%d;", c);
		else if (c < 0x20 || c == 0x7f)
			fputc(' ', fp);
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

void
write_mermaid_map(const struct doc_map *m, const struct write_opts *o)
{
	FILE *fp = o->fp;
	size_t first = m->list ? 1 : 0;

	fputs("flowchart LR\n", fp);
	for (size_t i = first; i < m->nnodes; i++) {
		fprintf(fp, "  n%zu[", i);
		write_mermaid_str(fp, m->nodes[i].item.name);
		fputs("]\n", fp);
	}
	if (m->list && m->ngroups && m->groups[0].item) {
		fputs("  subgraph items [", fp);
		write_mermaid_str(fp, m->nodes[0].item.name);
		fputs("]\n", fp);
		for (int e = m->groups[0].first; e < m->groups[0].first + m->groups[0].n; e++)
			fprintf(fp, "    n%d\n", m->edges[e].to);
		fputs("  end\n", fp);
	}
	for (size_t i = 0; i < m->nedges; i++) {
		const struct doc_map_edge *e = &m->edges[i];

		if (e->dup || m->groups[e->group].item)
			continue;
		fprintf(fp, "  n%d -->|", e->from);
		write_mermaid_str(fp, doc_map_label(&m->groups[e->group]));
		fprintf(fp, "| n%d\n", e->to);
	}
}

void
write_mermaid(const struct doc *d, const struct write_opts *o)
{
	struct doc_map m;

	if (doc_map_of(d, &m) != 0)
		return;
	write_mermaid_map(&m, o);
	doc_map_free(&m);
}
