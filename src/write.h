/* write.h: the writers: one small module per output format, each turning a document into text. */
#ifndef TEKDIP_WRITE_H
#define TEKDIP_WRITE_H

#include <stddef.h>
#include <stdio.h>

#include "doc.h"
#include "doc_map.h"

enum write_format { FMT_TEXT, FMT_TSV, FMT_JSON, FMT_MARKDOWN, FMT_MDOC, FMT_HTML,
	FMT_DOT, FMT_MERMAID,
	FMT_COUNT };

struct write_opts {
	FILE *fp;
	size_t width;		/* wrap column (text) */
	int color;		/* bold names and headings (text, --color) */
	int members;		/* a list's or kind's members only, as a table (--list) */
	/* Where a reference leads, as a URL (html): NULL, or NULL returned,
	 * when the output holds no page for it. */
	const char *(*href)(void *ctx, const struct doc_item *to, char *buf, size_t n);
	void *href_ctx;
	int bare;		/* html: the document's body only, no <html> around it */
	const struct doc_brief *brief;	/* sources cited as this briefing's footnotes */
	/* Where a quote's passage is in its article's text (html, href_ctx):
	 * NULL, or NULL returned, when the output holds no such text. */
	const char *(*quote_href)(void *ctx, const struct doc_quote *q, char *buf, size_t n);
	int ascii;		/* a map: + - | for boxes, names in ASCII (--ascii) */
};

struct writer {
	const char *name;
	void (*doc)(const struct doc *d, const struct write_opts *o);
	/* a timeline or a comparison, a document of parts; NULL: `doc` writes it */
	void (*parts)(const struct doc *d, const struct write_opts *o);
	/* a briefing (--export), or NULL where the format writes none */
	void (*brief)(const struct doc_brief *b, const struct write_opts *o);
	/* a map (--map: text boxes, or a graph), or NULL where the format draws none */
	void (*map)(const struct doc_map *m, const struct write_opts *o);
	/* a graph (dot, mermaid): names and links, not the quotes and summaries
	 * every other format carries; --show and a list's --list draw a map */
	int graph;
};

extern const struct writer writers[FMT_COUNT];

/* "text", "tsv", ... -> the format, or -1. */
int write_format_parse(const char *name);
void write_doc(enum write_format f, const struct doc *d, const struct write_opts *o);
/* -1 when format `f` writes no briefing. */
int write_brief(enum write_format f, const struct doc_brief *b, const struct write_opts *o);
/* Whether `f` writes a graph (struct writer's graph). */
#define WRITE_GRAPH(f) (writers[(f)].graph)
/* -1 when format `f` draws no map. */
int write_map(enum write_format f, const struct doc_map *m, const struct write_opts *o);
void write_text_map(const struct doc_map *m, const struct write_opts *o);
void write_dot(const struct doc *d, const struct write_opts *o);
void write_dot_map(const struct doc_map *m, const struct write_opts *o);
void write_mermaid(const struct doc *d, const struct write_opts *o);
void write_mermaid_map(const struct doc_map *m, const struct write_opts *o);
/* dot: `s` as a quoted ID; mermaid: as a quoted label (entity codes). */
void write_dot_str(FILE *fp, const char *s);
void write_mermaid_str(FILE *fp, const char *s);
void write_text_brief(const struct doc_brief *b, const struct write_opts *o);
void write_markdown_brief(const struct doc_brief *b, const struct write_opts *o);
void write_html_brief(const struct doc_brief *b, const struct write_opts *o);

void write_text(const struct doc *d, const struct write_opts *o);
void write_tsv(const struct doc *d, const struct write_opts *o);
void write_json(const struct doc *d, const struct write_opts *o);
void write_markdown(const struct doc *d, const struct write_opts *o);
void write_mdoc(const struct doc *d, const struct write_opts *o);
void write_html(const struct doc *d, const struct write_opts *o);
/* A timeline's or a comparison's parts (write_doc() picks these). */
void write_text_parts(const struct doc *d, const struct write_opts *o);
void write_tsv_parts(const struct doc *d, const struct write_opts *o);
void write_json_parts(const struct doc *d, const struct write_opts *o);
void write_markdown_parts(const struct doc *d, const struct write_opts *o);
void write_mdoc_parts(const struct doc *d, const struct write_opts *o);
void write_html_parts(const struct doc *d, const struct write_opts *o);

/* A passage as a citation in memo form: the quote, then the title, outlet,
 * date and URL the article states (malloc'd; NULL when out of memory). */
char *write_cite_memo(const char *quote, const struct doc_source *src);
/* --cite: a concept's citations (doc_citations()), each in memo form. */
void write_citations(const struct doc *d, const struct write_opts *o);

/* The pieces other writers and tests share. */
/* html: `s` with & < > " ' as references and controls (C0, DEL, C1) as U+FFFD. */
void write_html_escaped(FILE *fp, const char *s);
/* The same of s[0..n), or up to a NUL before. */
void write_html_escaped_n(FILE *fp, const char *s, size_t n);
/* html: whether `url` is http(s), the only kind made a link (a hostile
 * file's javascript: is shown, not linked). */
int write_html_web_url(const char *url);
/* html: `url` as a link when write_html_web_url() says so, else as text;
 * `missing` when there is none. */
void write_html_url(FILE *fp, const char *url, const char *missing);
/* html: the page's head (title escaped, the stylesheet inline) and its end. */
void write_html_open(FILE *fp, const char *title, const char *lang);
void write_html_close(FILE *fp);
/* html: one document's body, its heading at <h`level`>. */
void write_html_body(const struct doc *d, const struct write_opts *o, int level);
void write_json_str(FILE *fp, const char *s);
/* markdown: `s` with every character that could open markup escaped. */
void write_md_escaped(FILE *fp, const char *s);
/* mdoc: `s` escaped for roff, as a quoted macro argument (`quoted`) or text. */
void write_mdoc_escaped(FILE *fp, const char *s, size_t len, int quoted);
/* mdoc: free text, one sentence to a line. */
void write_mdoc_text(FILE *fp, const char *s);
void write_mdoc_arg(FILE *fp, const char *s);
/* mdoc: a macro line with one argument, e.g. .Ss "name". */
void write_mdoc_macro(FILE *fp, const char *macro, const char *arg);

#endif
