/* write.c: the table of writers, by the name --format takes. */
#include "config.h"

#include <string.h>

#include "write.h"

const struct writer writers[FMT_COUNT] = {
	[FMT_TEXT] = { "text", write_text, write_text_parts, write_text_brief, write_text_map },
	[FMT_TSV] = { "tsv", write_tsv, write_tsv_parts, NULL },
	[FMT_JSON] = { "json", write_json, write_json_parts, NULL },
	[FMT_MARKDOWN] = { "markdown", write_markdown, write_markdown_parts, write_markdown_brief },
	[FMT_MDOC] = { "mdoc", write_mdoc, write_mdoc_parts, NULL },
	[FMT_HTML] = { "html", write_html, write_html_parts, write_html_brief },
	[FMT_DOT] = { "dot", write_dot, NULL, NULL, write_dot_map, 1 },
	[FMT_MERMAID] = { "mermaid", write_mermaid, NULL, NULL, write_mermaid_map, 1 },
};

int
write_format_parse(const char *name)
{
	for (int i = 0; i < FMT_COUNT; i++)
		if (strcmp(name, writers[i].name) == 0)
			return i;
	return -1;
}

void
write_doc(enum write_format f, const struct doc *d, const struct write_opts *o)
{
	if ((d->type == DOC_TIMELINE || d->type == DOC_COMPARE) && writers[f].parts)
		writers[f].parts(d, o);
	else
		writers[f].doc(d, o);
}

int
write_brief(enum write_format f, const struct doc_brief *b, const struct write_opts *o)
{
	if (!writers[f].brief)
		return -1;
	writers[f].brief(b, o);
	return 0;
}
