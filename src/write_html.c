/* write_html.c: a document as one self-contained HTML file, for screens and A4 paper. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "text.h"
#include "write.h"

/* Inline, so that the file shows the same anywhere and loads nothing: on
 * paper each article starts a page, and a link's address follows it. */
static const char style[] =
	"body{font:16px/1.5 Georgia,'DejaVu Serif',serif;max-width:42em;margin:1em auto;"
	"padding:0 1em;color:#111;background:#fff}\n"
	"h1,h2,h3,h4{font-family:'DejaVu Sans',Arial,sans-serif;line-height:1.2}\n"
	"h2{border-bottom:1px solid #999;margin-top:2em}\n"
	".meta,.src,footer{color:#444;font-size:.9em}\n"
	"blockquote{margin:.3em 0 .6em 1.5em;padding-left:.8em;border-left:3px solid #bbb}\n"
	"blockquote p{margin:0}\n"
	"dl.head{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em}\n"
	"dl.head dd{margin:0}\n"
	"code{font-size:.85em;color:#555}\n"
	"a{color:#0645ad}\n"
	"ol.sources li{margin-bottom:.3em;word-break:break-word}\n"
	".label{font-style:italic}\n"
	"@media print{@page{size:A4;margin:2cm}"
	"body{max-width:none;font-size:11pt}"
	"article.doc,section.sources{break-before:page}"
	"h2,h3,h4{break-after:avoid}blockquote{break-inside:avoid}"
	"a{color:#000;text-decoration:none}"
	"a[href^='http']::after{content:' <' attr(href) '>';font-size:.85em;word-break:break-all}}\n";

/* Whether byte `c` needs a reference, or is where a C1 control starts. */
static int
special(unsigned char c)
{
	return (c && c < 0x20) || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' ||
	    c == 0x7f || c == 0xc2;
}

/* The special byte at `p` (before `end`) as HTML; returns the bytes it took. */
static size_t
put_special(FILE *fp, const unsigned char *p, const unsigned char *end)
{
	switch (*p) {
	case '&': fputs("&amp;", fp); break;
	case '<': fputs("&lt;", fp); break;
	case '>': fputs("&gt;", fp); break;
	case '"': fputs("&quot;", fp); break;
	case '\'': fputs("&#39;", fp); break;
	case '\t': case '\n': fputc(*p, fp); break;
	default: {
		/* a control is no character HTML may hold, even as a reference */
		size_t n = text_control((const char *)p, (size_t)(end - p));

		if (n) {
			fputs("\xef\xbf\xbd", fp);
			return n;
		}
		fputc(*p, fp);
	}
	}
	return 1;
}

void
write_html_escaped_n(FILE *fp, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)(s ? s : ""), *end = p + (s ? n : 0);

	while (p < end && *p) {
		/* a run that needs no reference goes out in one write: a site
		 * (--export-site) is mostly such runs */
		const unsigned char *run = p;

		while (run < end && *run && !special(*run))
			run++;
		fwrite(p, 1, (size_t)(run - p), fp);
		if (run < end && *run)
			run += put_special(fp, run, end);
		p = run;
	}
}

void
write_html_escaped(FILE *fp, const char *s)
{
	write_html_escaped_n(fp, s, s ? strlen(s) : 0);
}

static void
esc(FILE *fp, const char *s)
{
	write_html_escaped(fp, s);
}

int
write_html_web_url(const char *url)
{
	return url && (strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0);
}

void
write_html_url(FILE *fp, const char *url, const char *missing)
{
	if (!write_html_web_url(url)) {
		/* a javascript: or file: URL is no link to follow */
		esc(fp, url ? url : missing);
		return;
	}
	fputs("<a href=\"", fp);
	esc(fp, url);
	fputs("\">", fp);
	esc(fp, url);
	fputs("</a>", fp);
}

void
write_html_open(FILE *fp, const char *title, const char *lang)
{
	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", lang);
	esc(fp, title);
	fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
}

void
write_html_close(FILE *fp)
{
	fputs("</body>\n</html>\n", fp);
}

/* The interface's language, for headings and labels. */
static const char *
ui_lang(void)
{
	return i18n_pick("id", "en");
}

/* A reference's name: a link when the output holds a page for it. */
static void
put_name(const struct write_opts *o, const struct doc_item *it)
{
	char buf[4096];	/* the longest slug the store hands out, cleaned, fits */
	const char *url = o->href ? o->href(o->href_ctx, it, buf, sizeof buf) : NULL;

	if (url) {
		fputs("<a href=\"", o->fp);
		esc(o->fp, url);
		fputs("\" lang=\"id\">", o->fp);
	} else {
		fputs("<span lang=\"id\">", o->fp);
	}
	esc(o->fp, it->name);
	fputs(url ? "</a>" : "</span>", o->fp);
}

/* name (kind, slug), and the gloss in English when asked. */
static void
put_item(const struct write_opts *o, const struct doc_item *it, int gloss)
{
	put_name(o, it);
	fputs(" <span class=\"meta\">(", o->fp);
	esc(o->fp, it->kind);
	fputs(", <code>", o->fp);
	esc(o->fp, it->slug);
	fputs("</code>)</span>", o->fp);
	if (gloss && it->gloss && *it->gloss) {
		fputs(" — <span lang=\"en\">", o->fp);
		esc(o->fp, it->gloss);
		fputs("</span>", o->fp);
	}
}

/* title, outlet, date: what the article states, and says so where it does not. */
static void
put_source(FILE *fp, const struct doc_source *src)
{
	fputs("<cite>", fp);
	esc(fp, doc_source_title(src));
	fputs("</cite>, ", fp);
	esc(fp, src && src->outlet ? src->outlet : _("outlet not stated"));
	fputs(", ", fp);
	esc(fp, src && src->date ? src->date : _("date not stated"));
}

/* A briefing's footnote mark for `src`, linked to the sources at the end. */
static void
put_note(const struct write_opts *o, const struct doc_source *src)
{
	int n = o->brief ? doc_brief_note(o->brief, src) : 0;

	if (n)
		fprintf(o->fp, " <sup><a href=\"#fn-%d\">[%d]</a></sup>", n, n);
}

/* A link to the passage in its article's text, where the output has it. */
static void
put_passage_link(const struct write_opts *o, const struct doc_quote *q)
{
	char buf[512];
	const char *url = o->quote_href ? o->quote_href(o->href_ctx, q, buf, sizeof buf) : NULL;

	if (!url)
		return;
	fputs(" · <a href=\"", o->fp);
	esc(o->fp, url);
	fputs("\">", o->fp);
	esc(o->fp, _("in the article's text"));
	fputs("</a>", o->fp);
}

/* A verbatim passage: the only text set as a quotation. */
static void
put_quote(const struct write_opts *o, const struct doc_quote *q)
{
	const struct doc_source *src = q->src;

	if (!q->text)
		return;
	fputs("<blockquote lang=\"id\"", o->fp);
	if (src && write_html_web_url(src->url)) {
		fputs(" cite=\"", o->fp);
		esc(o->fp, src->url);
		fputc('"', o->fp);
	}
	fputs("><p>", o->fp);
	esc(o->fp, q->text);
	fputs("</p><footer>— ", o->fp);
	put_source(o->fp, src);
	put_passage_link(o, q);
	put_note(o, src);
	fputs("</footer></blockquote>\n", o->fp);
}

static void
ref_link(const struct write_opts *o, const struct doc_ref *r, size_t i, size_t n)
{
	if (i == 0 || r[-1].group != r->group) {
		fputs(i ? "</ul></li>\n<li><span class=\"label\">" : "<ul>\n<li><span class=\"label\">",
		    o->fp);
		esc(o->fp, doc_group_label(r->group));
		fputs("</span>\n<ul>\n", o->fp);
	}
	fputs("<li>", o->fp);
	put_item(o, &r->to, 0);
	fputc('\n', o->fp);
	put_quote(o, &r->quote);
	fputs("</li>\n", o->fp);
	if (i + 1 == n)
		fputs("</ul></li>\n</ul>\n", o->fp);
}

static void
ref_list(const struct write_opts *o, const struct doc_ref *r, size_t i, size_t n)
{
	fputs(i == 0 ? "<ul>\n<li>" : "<li>", o->fp);
	put_item(o, &r->to, 0);
	if (r->count)
		fprintf(o->fp, " <span class=\"meta\">%d/%d</span>", r->pos, r->count);
	fputs(i + 1 == n ? "</li>\n</ul>\n" : "</li>\n", o->fp);
}

static void
ref_item(const struct write_opts *o, const struct doc_ref *r, size_t i, size_t n)
{
	const char *tag = r->pos ? "ol" : "ul";

	if (i == 0)
		fprintf(o->fp, "<%s>\n", tag);
	fputs("<li>", o->fp);
	put_item(o, &r->to, 1);
	if (r->snippet && *r->snippet && strcmp(r->snippet, r->to.name) != 0) {
		fputs("<br><span class=\"meta\">", o->fp);
		esc(o->fp, r->snippet);
		fputs("</span>", o->fp);
	}
	fputs("</li>\n", o->fp);
	if (i + 1 == n)
		fprintf(o->fp, "</%s>\n", tag);
}

static void
ref_mention(const struct write_opts *o, const struct doc_ref *r, size_t i, size_t n)
{
	fputs(i == 0 ? "<ul>\n<li>" : "<li>", o->fp);
	put_item(o, &r->to, 0);
	fputc('\n', o->fp);
	put_quote(o, &r->quote);
	fputs(i + 1 == n ? "</li>\n</ul>\n" : "</li>\n", o->fp);
}

static void
ref_cite(const struct write_opts *o, const struct doc_ref *r, size_t i, size_t n)
{
	fputs(i == 0 ? "<ol>\n<li>" : "<li>", o->fp);
	put_quote(o, &r->quote);
	fputs(i + 1 == n ? "</li>\n</ol>\n" : "</li>\n", o->fp);
}

static void (*const ref_writers[SEC_COUNT])(const struct write_opts *, const struct doc_ref *,
    size_t, size_t) = {
	[SEC_LINKS] = ref_link, [SEC_BACKLINKS] = ref_link, [SEC_LISTS] = ref_list,
	[SEC_ABOUT_LISTS] = ref_list, [SEC_SUBJECTS] = ref_item,
	[SEC_ITEMS] = ref_item, [SEC_MENTIONS] = ref_mention, [SEC_CITATIONS] = ref_cite,
};

static const enum doc_sec html_order[] = {
	SEC_SUBJECTS, SEC_ITEMS, SEC_LINKS, SEC_BACKLINKS, SEC_LISTS, SEC_ABOUT_LISTS,
	SEC_MENTIONS, SEC_CITATIONS,
};

/* One <dt>label</dt><dd lang>value</dd>, when there is a value. */
static void
dd(FILE *fp, const char *label, const char *lang, const char *value)
{
	if (!value || !*value)
		return;
	fputs("<dt>", fp);
	esc(fp, label);
	fprintf(fp, "</dt><dd%s%s%s>", lang ? " lang=\"" : "", lang ? lang : "", lang ? "\"" : "");
	esc(fp, value);
	fputs("</dd>\n", fp);
}

static void
put_aliases(FILE *fp, const struct doc *d)
{
	if (!d->naliases)
		return;
	fputs("<dt>", fp);
	esc(fp, _("Also:"));
	fputs("</dt><dd lang=\"id\">", fp);
	for (size_t i = 0; i < d->naliases; i++) {
		fputs(i ? ", " : "", fp);
		esc(fp, d->aliases[i]);
	}
	fputs("</dd>\n", fp);
}

static void
put_article_url(FILE *fp, const struct doc_source *a)
{
	fputs("<dt>URL</dt><dd>", fp);
	write_html_url(fp, a->url, _("(not stated in the article)"));
	fputs("</dd>\n", fp);
}

static void
put_head(const struct write_opts *o, const struct doc *d, int level)
{
	FILE *fp = o->fp;
	const char *unknown = _("(not stated in the article)");

	fprintf(fp, "<h%d lang=\"id\">", level);
	esc(fp, d->self.name);
	fprintf(fp, "</h%d>\n<p class=\"meta\">", level);
	esc(fp, d->self.kind);
	fputs(" · <code>", fp);
	esc(fp, d->self.slug);
	fputs("</code></p>\n<dl class=\"head\">\n", fp);
	dd(fp, _("English:"), "en", d->self.name_en);
	dd(fp, _("Gloss:"), "en", d->self.gloss);
	dd(fp, _("Vietnamese:"), "vi", d->vi);
	put_aliases(fp, d);
	dd(fp, _("Role:"), "id", d->role);
	if (d->date && !d->article)
		dd(fp, _("Date:"), NULL, d->date);
	if (d->article) {
		dd(fp, _("Title:"), "id", d->article->title ? d->article->title : unknown);
		dd(fp, _("Outlet:"), NULL, d->article->outlet ? d->article->outlet : unknown);
		dd(fp, _("Date:"), NULL, d->article->date ? d->article->date : unknown);
		put_article_url(fp, d->article);
	}
	fputs("</dl>\n", fp);
}

/* tekdip's English of a summary, labelled: never taken for the article's words. */
static void
put_english(FILE *fp, const char *summary_en)
{
	if (!summary_en)
		return;
	fputs("<p><span class=\"label\">", fp);
	esc(fp, _("In English:"));
	fputs("</span> <span lang=\"en\">", fp);
	esc(fp, summary_en);
	fputs("</span></p>\n", fp);
}

static void
put_summaries(const struct write_opts *o, const struct doc *d)
{
	if (d->summary) {
		fputs("<p lang=\"id\">", o->fp);
		esc(o->fp, d->summary);
		for (size_t i = 0; o->brief && i < d->sec[SEC_CITATIONS].n; i++) {
			const struct doc_source *src = d->sec[SEC_CITATIONS].refs[i].quote.src;
			int seen = 0;

			for (size_t j = 0; j < i; j++)
				seen |= doc_brief_note(o->brief, d->sec[SEC_CITATIONS].refs[j].quote.src) ==
				    doc_brief_note(o->brief, src);
			if (!seen)
				put_note(o, src);
		}
		fputs("</p>\n", o->fp);
	}
	put_english(o->fp, d->summary_en);
}

/* The body of one document, its heading at `level`: for a page of its
 * own or an article of a briefing. */
void
write_html_body(const struct doc *d, const struct write_opts *o, int level)
{
	int members = o->members || d->type == DOC_KIND || d->type == DOC_RESULTS;

	if (d->type == DOC_RESULTS || d->type == DOC_KIND) {
		fprintf(o->fp, "<h%d lang=\"id\">", level);
		esc(o->fp, d->self.name);
		fprintf(o->fp, "</h%d>\n", level);
	} else if (o->members) {
		fprintf(o->fp, "<h%d lang=\"id\">", level);
		esc(o->fp, d->self.name);
		fprintf(o->fp, "</h%d>\n", level);
	} else {
		put_head(o, d, level);
		put_summaries(o, d);
	}
	for (size_t k = 0; k < sizeof html_order / sizeof *html_order; k++) {
		const struct doc_section *s = &d->sec[html_order[k]];

		if (!s->n || (members && s->type != SEC_ITEMS))
			continue;
		if (!members) {
			fprintf(o->fp, "<section>\n<h%d>", level + 1);
			esc(o->fp, doc_sec_title(s->type));
			fprintf(o->fp, "</h%d>\n", level + 1);
		}
		for (size_t i = 0; i < s->n; i++)
			ref_writers[s->type](o, &s->refs[i], i, s->n);
		if (!members)
			fputs("</section>\n", o->fp);
	}
}

/* A page of its own (unless bare) holding one document as `body` writes it. */
static void
page(const struct doc *d, const struct write_opts *o,
    void (*body)(const struct doc *, const struct write_opts *))
{
	if (!o->bare)
		write_html_open(o->fp, d->self.name, ui_lang());
	fputs("<article class=\"doc\">\n", o->fp);
	body(d, o);
	fputs("</article>\n", o->fp);
	if (!o->bare)
		write_html_close(o->fp);
}

static void
body(const struct doc *d, const struct write_opts *o)
{
	write_html_body(d, o, 1);
}

void
write_html(const struct doc *d, const struct write_opts *o)
{
	page(d, o, body);
}

/* In a briefing, a reference leads to the document's article, or to its
 * line among the concepts named only. */
static const char *
brief_href(void *ctx, const struct doc_item *to, char *buf, size_t n)
{
	int has = doc_brief_has(ctx, to->slug);

	/* an address cut short would lead nowhere, and might end mid-character */
	if (!has || (size_t)snprintf(buf, n, "#%s-%s", has == 1 ? "c" : "n", to->slug) >= n)
		return NULL;
	return buf;
}

static void
brief_contents(FILE *fp, const struct doc_brief *b)
{
	fputs("<nav>\n<h2>", fp);
	esc(fp, _("Contents"));
	fputs("</h2>\n<ol>\n", fp);
	for (size_t i = 0; i < b->ndocs; i++) {
		fputs("<li><a href=\"#c-", fp);
		esc(fp, b->docs[i].self.slug);
		fputs("\" lang=\"id\">", fp);
		esc(fp, b->docs[i].self.name);
		fputs("</a></li>\n", fp);
	}
	if (b->nnamed) {
		fputs("<li><a href=\"#also\">", fp);
		esc(fp, _("Also linked"));
		fputs("</a></li>\n", fp);
	}
	fputs("<li><a href=\"#sources\">", fp);
	esc(fp, _("Sources"));
	fputs("</a></li>\n</ol>\n</nav>\n", fp);
}

static void
brief_named(FILE *fp, const struct doc_brief *b)
{
	if (!b->nnamed)
		return;
	fputs("<section id=\"also\">\n<h2>", fp);
	esc(fp, _("Also linked"));
	fputs("</h2>\n<dl>\n", fp);
	for (size_t i = 0; i < b->nnamed; i++) {
		fputs("<dt id=\"n-", fp);
		esc(fp, b->named[i].slug);
		fputs("\" lang=\"id\">", fp);
		esc(fp, b->named[i].name);
		fputs(" <span class=\"meta\">(", fp);
		esc(fp, b->named[i].kind);
		fputs(", <code>", fp);
		esc(fp, b->named[i].slug);
		fputs("</code>)</span></dt><dd lang=\"en\">", fp);
		esc(fp, b->named[i].gloss);
		fputs("</dd>\n", fp);
	}
	fputs("</dl>\n</section>\n", fp);
}

static void
brief_sources(FILE *fp, const struct doc_brief *b)
{
	fputs("<section class=\"sources\" id=\"sources\">\n<h2>", fp);
	esc(fp, _("Sources"));
	fputs("</h2>\n<ol>\n", fp);
	for (size_t i = 0; i < b->nnotes; i++) {
		fprintf(fp, "<li id=\"fn-%zu\">", i + 1);
		put_source(fp, b->notes[i]);
		fputs(", ", fp);
		write_html_url(fp, b->notes[i]->url, _("URL not stated"));
		fputs("</li>\n", fp);
	}
	fputs("</ol>\n</section>\n", fp);
}

void
write_html_brief(const struct doc_brief *b, const struct write_opts *o)
{
	struct write_opts w = *o;
	FILE *fp = o->fp;

	w.brief = b;
	w.href = brief_href;
	w.href_ctx = (void *)b;
	write_html_open(fp, b->title, ui_lang());
	fputs("<header>\n<h1>", fp);
	esc(fp, b->title);
	fputs("</h1>\n<p class=\"meta\">", fp);
	esc(fp, _("Made"));
	fputs(" <time>", fp);
	esc(fp, b->made);
	fputs("</time> · ", fp);
	esc(fp, b->stamp);
	fputs("</p>\n</header>\n", fp);
	brief_contents(fp, b);
	for (size_t i = 0; i < b->ndocs; i++) {
		fputs("<article class=\"doc\" id=\"c-", fp);
		esc(fp, b->docs[i].self.slug);
		fputs("\">\n", fp);
		write_html_body(&b->docs[i], &w, 2);
		fputs("</article>\n", fp);
	}
	brief_named(fp, b);
	brief_sources(fp, b);
	write_html_close(fp);
}

/* --- a timeline and a comparison: their parts ------------------------ */

static void
part_head(const struct write_opts *o, const struct doc_item *it, const char *summary,
    const char *summary_en)
{
	fputs("<section class=\"head\">\n<h2 lang=\"id\">", o->fp);
	esc(o->fp, it->name);
	fputs("</h2>\n<p class=\"meta\">", o->fp);
	esc(o->fp, it->kind);
	fputs(" · <span lang=\"en\">", o->fp);
	esc(o->fp, it->name_en);
	fputs("</span> · <code>", o->fp);
	esc(o->fp, it->slug);
	fputs("</code></p>\n", o->fp);
	if (summary) {
		fputs("<p lang=\"id\">", o->fp);
		esc(o->fp, summary);
		fputs("</p>\n", o->fp);
	}
	put_english(o->fp, summary_en);
	fputs("</section>\n", o->fp);
}

/* A timeline entry: <time> with the date as written, the span as shown. */
static void
dated(const struct write_opts *o, const struct doc_ref *r)
{
	char date[128];

	fputs("<time datetime=\"", o->fp);
	esc(o->fp, r->date);
	fputs("\">", o->fp);
	esc(o->fp, doc_date_shown(r->date, date, sizeof date));
	fputs("</time> ", o->fp);
	put_item(o, &r->to, 0);
	fputs(" · <span lang=\"en\">", o->fp);
	esc(o->fp, r->to.name_en);
	fputs("</span>", o->fp);
	if (r->quote.src) {
		fputs(" · <cite>", o->fp);
		esc(o->fp, doc_source_title(r->quote.src));
		fputs("</cite>", o->fp);
	}
}

static void
parts(const struct doc *d, const struct write_opts *o)
{
	FILE *fp = o->fp;
	char title[512], side[512];

	fputs("<h1 lang=\"id\">", fp);
	esc(fp, d->self.name);
	if (d->type == DOC_COMPARE) {
		fputs(" · ", fp);
		esc(fp, d->other.name);
	}
	fputs("</h1>\n", fp);
	if (d->type == DOC_COMPARE) {
		part_head(o, &d->self, d->summary, d->summary_en);
		part_head(o, &d->other, d->other_summary, d->other_summary_en);
	}
	for (size_t i = 0; i < d->nparts; i++) {
		const struct doc_part *p = &d->parts[i];

		if (doc_part_heads(d, i)) {
			fputs(i ? "</section>\n<section>\n<h2>" : "<section>\n<h2>", fp);
			esc(fp, doc_part_title(p, title, sizeof title));
			fputs("</h2>\n", fp);
		}
		if (d->type == DOC_COMPARE) {
			fputs("<h3>", fp);
			esc(fp, doc_side_title(d, p->side, side, sizeof side));
			fputs("</h3>\n", fp);
		}
		fputs("<ul>\n", fp);
		for (size_t j = 0; j < p->n; j++) {
			fputs("<li>", fp);
			if (d->type == DOC_TIMELINE)
				dated(o, &p->refs[j]);
			else
				put_item(o, &p->refs[j].to, 0);
			fputs("</li>\n", fp);
		}
		if (p->total > p->n) {
			fputs("<li class=\"meta\">", fp);
			fprintf(fp, _("… %zu more"), p->total - p->n);
			fputs("</li>\n", fp);
		}
		fputs("</ul>\n", fp);
	}
	if (d->nparts)
		fputs("</section>\n", fp);
}

void
write_html_parts(const struct doc *d, const struct write_opts *o)
{
	page(d, o, parts);
}
