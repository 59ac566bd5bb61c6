/* site_index.c: the site's index page, and its search page over a generated index, working from file://. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "site.h"
#include "write.h"

static void
esc(FILE *fp, const char *s)
{
	write_html_escaped(fp, s);
}

/* <a href="url" lang="id">name</a>, the URL one of the site's own. */
static void
link(FILE *fp, const char *url, const char *name)
{
	fputs("<a href=\"", fp);
	esc(fp, url);
	fputs("\" lang=\"id\">", fp);
	esc(fp, name);
	fputs("</a>", fp);
}

static void
section_open(FILE *fp, const char *id, const char *title)
{
	fprintf(fp, "<section id=\"%s\">\n<h2>", id);
	esc(fp, title);
	fputs("</h2>\n<ul>\n", fp);
}

static void
kinds(struct site *s, FILE *fp)
{
	char u[URL_MAX];

	section_open(fp, "kinds", _("Kinds of concept"));
	for (size_t k = 0; k < s->kinds.n; k++) {
		const struct store_kind *kd = &s->kinds.v[k];

		fputs("<li>", fp);
		link(fp, site_url(u, sizeof u, "", DIR_K, kd->slug), i18n_pick(kd->plural, kd->plural_en));
		fprintf(fp, " <span class=\"meta\">(%zu)</span></li>\n", s->concepts[k].n);
	}
	fputs("</ul>\n</section>\n", fp);
}

static void
lists(struct site *s, FILE *fp)
{
	char u[URL_MAX];

	if (!s->lists.n)
		return;
	section_open(fp, "lists", _("Enumerated lists in the articles"));
	for (size_t i = 0; i < s->lists.n; i++) {
		fputs("<li>", fp);
		link(fp, site_url(u, sizeof u, "", DIR_L, s->lists.v[i].slug), s->lists.v[i].name);
		fprintf(fp, " <span class=\"meta\">(%d)</span></li>\n", s->lists.v[i].count);
	}
	fputs("</ul>\n</section>\n", fp);
}

/* Each article: its text's page when there is one, and its concept's. */
static int
articles(struct site *s, FILE *fp)
{
	struct store_sources src;
	char u[URL_MAX];

	if (store_sources(s->st, &src) != STORE_OK)
		return site_store_failed(s);
	if (src.n)
		section_open(fp, "articles", _("Articles"));
	for (size_t i = 0; i < src.n; i++) {
		const struct store_source *a = &src.v[i];

		fputs("<li>", fp);
		if (site_has_page(s, DIR_T, a->slug))
			link(fp, site_url(u, sizeof u, "", DIR_T, a->slug), a->title ? a->title : a->name);
		else
			esc(fp, a->title ? a->title : a->name);
		fputs(", ", fp);
		esc(fp, a->outlet ? a->outlet : _("outlet not stated"));
		fputs(", ", fp);
		esc(fp, a->date ? a->date : _("date not stated"));
		if (site_has_page(s, DIR_C, a->slug)) {
			fputs(" · <a href=\"", fp);
			esc(fp, site_url(u, sizeof u, "", DIR_C, a->slug));
			fputs("\">", fp);
			esc(fp, _("what it mentions"));
			fputs("</a>", fp);
		}
		fputs("</li>\n", fp);
	}
	if (src.n)
		fputs("</ul>\n</section>\n", fp);
	store_sources_free(&src);
	return 0;
}

static int
by_kind_date(const void *x, const void *y)
{
	const struct dated *a = x, *b = y;
	int c;

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if ((c = strcmp(a->date, b->date)) != 0 || (c = strcmp(a->name, b->name)) != 0)
		return c;
	return strcmp(a->url, b->url);
}

/*
 * TIMELINE: issue 20's timeline view is built by another developer.  Until
 * it writes a page of its own, the index lists the dated concepts by kind,
 * in date order, here; its page then goes in this section's place (keep
 * the id "timeline", which other pages may lead to).
 */
static void
dated(struct site *s, FILE *fp)
{
	if (!s->nd)
		return;
	qsort(s->dated, s->nd, sizeof *s->dated, by_kind_date);
	fputs("<!-- timeline: issue 20's timeline goes here (see site_index.c) -->\n"
	    "<section id=\"timeline\">\n<h2>", fp);
	esc(fp, _("Dated concepts, by kind"));
	fputs("</h2>\n", fp);
	for (size_t i = 0; i < s->nd; i++) {
		const struct store_kind *k = &s->kinds.v[s->dated[i].kind];

		if (i == 0 || s->dated[i - 1].kind != s->dated[i].kind) {
			fputs(i ? "</ul>\n<h3>" : "<h3>", fp);
			esc(fp, i18n_pick(k->plural, k->plural_en));
			fputs("</h3>\n<ul>\n", fp);
		}
		fputs("<li>", fp);
		esc(fp, s->dated[i].date);
		fputs(" — ", fp);
		link(fp, s->dated[i].url, s->dated[i].name);
		fputs("</li>\n", fp);
	}
	fputs("</ul>\n</section>\n", fp);
}

int
site_index_page(struct site *s)
{
	FILE *fp = site_page_open(s, DIR_ROOT, "index.html", "tekdip");

	if (!fp)
		return -1;
	fputs("<h1>tekdip</h1>\n<p>", fp);
	esc(fp, _("The whole reference, offline: every concept, list and article, linked both ways."));
	fputs(" <a href=\"search.html\">", fp);
	esc(fp, _("Search it"));
	fputs("</a>.</p>\n", fp);
	kinds(s, fp);
	lists(s, fp);
	dated(s, fp);
	if (articles(s, fp) < 0) {
		site_page_close(s, fp);
		return -1;
	}
	return site_page_close(s, fp);
}

/* The script: the words typed (or after # in the address) folded as the
 * browser folds them, matched against the generated index's folded names
 * and texts, ranked as the browser's search ranks them; without it the
 * page lists everything. */
static const char script[] =
	"(function () {\n"
	"\"use strict\";\n"
	"var idx = window.TEKDIP_INDEX, form = document.getElementById(\"search\"),\n"
	"\tq = document.getElementById(\"q\"), all = document.getElementById(\"all\"),\n"
	"\tcount = document.getElementById(\"count\"), out = document.createElement(\"ol\"),\n"
	"\tfirst = count.textContent, ready = false, sep = /[^\\p{L}\\p{N}]+/u;\n"
	"if (!idx || !\"\".normalize)\n\treturn;\n"
	"out.id = \"results\";\n"
	"count.parentNode.insertBefore(out, count.nextSibling);\n"
	"function fold(s) {\n"
	"\treturn s.normalize(\"NFKD\").toLowerCase().replace(/\\p{M}/gu, \"\").replace(/\\u0111/g, \"d\");\n"
	"}\n"
	"function words(s) {\n"
	"\treturn s.split(sep).filter(function (w) { return w !== \"\"; });\n"
	"}\n"
	"function prepare() {\n"
	"\tidx.forEach(function (e) {\n"
	"\t\te.keys = e[4].split(\"\\n\").map(function (n) { return words(n).join(\" \"); });\n"
	"\t\te.nw = words(e[4]);\n"
	"\t\te.tw = e.nw.concat(words(e[5]));\n"
	"\t});\n"
	"\tready = true;\n"
	"}\n"
	"function starts(list, w) {\n"
	"\treturn list.some(function (x) { return x.lastIndexOf(w, 0) === 0; });\n"
	"}\n"
	"function tier(e, ws, phrase) {\n"
	"\tif (e.keys.indexOf(phrase) >= 0)\n\t\treturn 0;\n"
	"\tif (ws.every(function (w) { return e.nw.indexOf(w) >= 0; }))\n\t\treturn 1;\n"
	"\tif (ws.every(function (w) { return starts(e.nw, w); }))\n\t\treturn 2;\n"
	"\tif (ws.every(function (w) { return starts(e.tw, w); }))\n\t\treturn 3;\n"
	"\treturn -1;\n"
	"}\n"
	"function order(a, b) {\n"
	"\treturn a[0] - b[0] || a[1][6] - b[1][6] || (a[1].keys[0] < b[1].keys[0] ? -1 :\n"
	"\t    a[1].keys[0] > b[1].keys[0] ? 1 : a[1][0] < b[1][0] ? -1 : 1);\n"
	"}\n"
	"function item(e) {\n"
	"\tvar li = document.createElement(\"li\"), a = document.createElement(\"a\"),\n"
	"\t\tm = document.createElement(\"span\");\n"
	"\ta.href = e[0];\n\ta.lang = \"id\";\n\ta.textContent = e[1];\n"
	"\tm.className = \"meta\";\n\tm.textContent = \" (\" + e[2] + \")\";\n"
	"\tli.appendChild(a);\n\tli.appendChild(m);\n"
	"\tif (e[3])\n\t\tli.appendChild(document.createTextNode(\" \\u2014 \" + e[3]));\n"
	"\treturn li;\n"
	"}\n"
	"function run(text) {\n"
	"\tvar ws = words(fold(text)), hits = [];\n"
	"\twhile (out.firstChild)\n\t\tout.removeChild(out.firstChild);\n"
	"\tall.hidden = ws.length > 0;\n"
	"\tif (!ws.length) {\n\t\tcount.textContent = first;\n\t\treturn;\n\t}\n"
	"\tif (!ready)\n\t\tprepare();\n"
	"\tidx.forEach(function (e) {\n"
	"\t\tvar t = tier(e, ws, ws.join(\" \"));\n"
	"\t\tif (t >= 0)\n\t\t\thits.push([t, e]);\n"
	"\t});\n"
	"\thits.sort(order);\n"
	"\tcount.textContent = hits.length ? count.getAttribute(\"data-found\").replace(\"%d\", hits.length) :\n"
	"\t    count.getAttribute(\"data-none\");\n"
	"\thits.slice(0, 200).forEach(function (h) { out.appendChild(item(h[1])); });\n"
	"}\n"
	"function asked() {\n"
	"\tvar h = location.hash.slice(1).replace(/^q=/, \"\"), s = /[?&]q=([^&]*)/.exec(location.search);\n"
	"\ttry {\n\t\treturn decodeURIComponent((h || (s ? s[1] : \"\")).replace(/\\+/g, \" \"));\n"
	"\t} catch (err) {\n\t\treturn \"\";\n\t}\n"
	"}\n"
	"function keep() {\n"
	"\ttry {\n\t\thistory.replaceState(null, \"\", \"#\" + encodeURIComponent(q.value));\n"
	"\t} catch (err) {}\n"
	"\trun(q.value);\n"
	"}\n"
	"q.addEventListener(\"input\", keep);\n"
	"form.addEventListener(\"submit\", function (ev) { ev.preventDefault(); keep(); });\n"
	"window.addEventListener(\"hashchange\", function () { q.value = asked(); run(q.value); });\n"
	"q.value = asked();\n"
	"run(q.value);\n"
	"})();\n";

static int
index_js(struct site *s)
{
	FILE *fp = site_dir_create(s->dir.fd, "search-index.js");

	if (!fp)
		return site_fail(s, strerror(errno));
	fputs("/* tekdip's search index: url, name, kind, gloss, folded names (one a line),"
	    " folded gloss and summary, kind's rank. */\nwindow.TEKDIP_INDEX = [\n", fp);
	for (size_t i = 0; i < s->ne; i++) {
		const struct entry *e = &s->e[i];
		const char *f[] = { e->url, e->name, e->kind, e->gloss, e->names, e->text };

		fputc('[', fp);
		for (size_t k = 0; k < 6; k++) {
			write_json_str(fp, f[k]);
			fputc(',', fp);
		}
		fprintf(fp, "%zu]%s\n", e->rank, i + 1 < s->ne ? "," : "");
	}
	fputs("];\n", fp);
	return site_file_close(s, fp);
}

/* Everything, for a browser without scripts: what the search narrows. */
static void
everything(struct site *s, FILE *fp)
{
	section_open(fp, "all", _("Every concept and list"));
	for (size_t i = 0; i < s->ne; i++) {
		fputs("<li>", fp);
		link(fp, s->e[i].url, s->e[i].name);
		fputs(" <span class=\"meta\">(", fp);
		esc(fp, s->e[i].kind);
		fputs(")</span>", fp);
		if (*s->e[i].gloss) {
			fputs(" — <span lang=\"en\">", fp);
			esc(fp, s->e[i].gloss);
			fputs("</span>", fp);
		}
		fputs("</li>\n", fp);
	}
	fputs("</ul>\n</section>\n", fp);
}

int
site_search_pages(struct site *s)
{
	FILE *fp;

	if (index_js(s) < 0 || !(fp = site_page_open(s, DIR_ROOT, "search.html", _("Search"))))
		return -1;
	fputs("<h1>", fp);
	esc(fp, _("Search"));
	fputs("</h1>\n<form id=\"search\" action=\"search.html\" method=\"get\" role=\"search\">\n"
	    "<p><label for=\"q\">", fp);
	esc(fp, _("Words (diacritics optional):"));
	fputs("</label> <input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\"> <button type=\"submit\">", fp);
	esc(fp, _("Search"));
	fputs("</button></p>\n</form>\n<p id=\"count\" class=\"meta\" data-found=\"", fp);
	esc(fp, _("%d found, best first:"));
	fputs("\" data-none=\"", fp);
	esc(fp, _("Nothing matches."));
	fputs("\">", fp);
	esc(fp, _("Everything is listed below; with scripts on, the words typed narrow it."));
	fputs("</p>\n", fp);
	everything(s, fp);
	fprintf(fp, "<script src=\"search-index.js\"></script>\n<script>\n%s</script>\n", script);
	return site_page_close(s, fp);
}
