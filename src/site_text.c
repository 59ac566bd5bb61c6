/* site_text.c: an article's whole text as a page, each cited passage marked and linked to its concept. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "site.h"
#include "write.h"

/*
 * As the browser's reader shows it (view_article.c): a passage is marked
 * where its offset says it is, and leads to the concept it is cited for;
 * one that starts inside another is named after it; one not found in the
 * text is listed at the end.  Each has the anchor a quote elsewhere in the
 * site leads to, and only passages with an anchor are linked to.
 */

static void
esc(FILE *fp, const char *s)
{
	write_html_escaped(fp, s);
}

/* Records that quotes of passage `id` lead to anchor `to`; 0 when the id
 * has one already (a hostile file's repeated id): no second anchor. */
static int
record(struct site *s, const char *article, int64_t id, const char *to)
{
	char key[STORE_NAME_MAX + 32];
	int rc = strset_put(&s->anchors, site_anchor_key(key, sizeof key, article, id), to);

	if (rc < 0)
		s->mem.failed = 1;
	return rc > 0;
}

/* The passage's own anchor, recorded. */
static void
put_anchor(struct site *s, FILE *fp, const char *article, int64_t id)
{
	char a[32];

	if (record(s, article, id, site_anchor(a, sizeof a, id)))
		fprintf(fp, " id=\"%s\"", a);
}

/* The concept's name, a link to its page when the site has one. */
static void
concept_link(struct site *s, FILE *fp, const struct store_item *c, const char *before)
{
	struct doc_item it = { c->slug, c->kind, c->name, c->name_en, c->gloss };
	char u[URL_MAX];
	const char *href = site_href(s, &it, u, sizeof u);

	if (href) {
		fputs("<a href=\"", fp);
		esc(fp, href);
		fputs("\">", fp);
	}
	esc(fp, before);
	fputs("<span lang=\"id\">", fp);
	esc(fp, c->name);
	fputs(href ? "</span></a>" : "</span>", fp);
}

static void
passage(struct site *s, FILE *fp, const char *article, const struct store_passage *ps,
    const char *text, size_t len)
{
	fputs("<mark", fp);
	put_anchor(s, fp, article, ps->id);
	fputc('>', fp);
	write_html_escaped_n(fp, text, len);
	fputs("</mark> <small class=\"src\">[", fp);
	concept_link(s, fp, &ps->concept, "→ ");
	fputs("]</small>", fp);
}

/* A passage starting inside the one shown: named after it, unless it
 * supports a concept named there already, whose anchor it then shares. */
static void
also(struct site *s, FILE *fp, const char *article, const struct store_passage *from,
    const struct store_passage *ps)
{
	char key[STORE_NAME_MAX + 32];

	for (const struct store_passage *p = from; p < ps; p++) {
		const char *to = strcmp(p->concept.slug, ps->concept.slug) != 0 ? NULL :
		    strset_get(&s->anchors, site_anchor_key(key, sizeof key, article, p->id));

		if (to) {
			record(s, article, ps->id, to);
			return;
		}
	}
	fputs(" <small class=\"src\"", fp);
	put_anchor(s, fp, article, ps->id);
	fputs(">[", fp);
	concept_link(s, fp, &ps->concept, _("→ also "));
	fputs("]</small>", fp);
}

static void
paragraph(struct site *s, FILE *fp, const struct store_article *a, size_t i, size_t *j,
    const size_t *place)
{
	const struct store_para *para = &a->paras[i];
	size_t cur = 0, end = 0, shown = *j;

	while (*j < a->npassages && a->passages[*j].offset < para->offset)
		++*j;
	fputs("<p lang=\"id\">", fp);
	for (; *j < a->npassages && a->passages[*j].offset < para->offset + (int64_t)para->len; ++*j) {
		const struct store_passage *ps = &a->passages[*j];
		size_t at = place[*j];

		if (at == STORE_PASSAGE_LOST)
			continue;
		if (at < end) {
			also(s, fp, a->self.slug, &a->passages[shown], ps);
			continue;
		}
		shown = *j;
		write_html_escaped_n(fp, para->text + cur, at - cur);
		passage(s, fp, a->self.slug, ps, para->text + at, strlen(ps->quote));
		cur = end = at + strlen(ps->quote);
	}
	esc(fp, para->text + cur);
	fputs("</p>\n", fp);
}

/* Title, outlet, date, URL: as the article states them. */
static void
head(FILE *fp, const struct store_article *a)
{
	const struct store_source *src = &a->src;
	const char *labels[] = { _("Outlet:"), _("Date:") }, *values[] = { src->outlet, src->date };

	fputs("<h1 lang=\"id\">", fp);
	esc(fp, src->title ? src->title : a->self.name);
	fputs("</h1>\n<dl class=\"head\">\n", fp);
	if (!src->title) {
		fputs("<dt>", fp);
		esc(fp, _("Title:"));
		fputs("</dt><dd>", fp);
		esc(fp, _("(the article states no title)"));
		fputs("</dd>\n", fp);
	}
	for (int k = 0; k < 2; k++) {
		fputs("<dt>", fp);
		esc(fp, labels[k]);
		fputs("</dt><dd>", fp);
		esc(fp, values[k] ? values[k] : _("(not stated in the article)"));
		fputs("</dd>\n", fp);
	}
	fputs("<dt>URL</dt><dd>", fp);
	write_html_url(fp, src->url, _("(not stated in the article)"));
	fputs("</dd>\n</dl>\n", fp);
}

static void
lost_section(struct site *s, FILE *fp, const struct store_article *a, const size_t *place)
{
	int any = 0;

	for (size_t i = 0; i < a->npassages; i++) {
		if (place[i] != STORE_PASSAGE_LOST)
			continue;
		if (!any++) {
			fputs("<section>\n<h2>", fp);
			esc(fp, _("Passages not found in this text"));
			fputs("</h2>\n<ul>\n", fp);
		}
		fputs("<li", fp);
		put_anchor(s, fp, a->self.slug, a->passages[i].id);
		fputc('>', fp);
		concept_link(s, fp, &a->passages[i].concept, "");
		fputs("\n<blockquote lang=\"id\"><p>", fp);
		esc(fp, a->passages[i].quote);
		fputs("</p></blockquote></li>\n", fp);
	}
	if (any)
		fputs("</ul>\n</section>\n", fp);
}

static void
text_body(struct site *s, FILE *fp, const struct store_article *a, const size_t *place)
{
	size_t j = 0;

	fputs("<article class=\"doc\">\n", fp);
	head(fp, a);
	fputs("<p class=\"meta\">", fp);
	concept_link(s, fp, &a->self, _("What it mentions: "));
	fputs("</p>\n", fp);
	if (!a->nparas) {
		fputs("<p class=\"meta\">", fp);
		esc(fp, _("This database holds no text for this article."));
		fputs("</p>\n", fp);
	}
	for (size_t i = 0; i < a->nparas; i++)
		paragraph(s, fp, a, i, &j, place);
	lost_section(s, fp, a, place);
	fputs("</article>\n", fp);
}

int
site_text_page(struct site *s, const struct store_item *article)
{
	char name[FILE_NAME_MAX + 32];
	size_t *place;
	struct store_article a;
	int rc = store_article(s->st, article->slug, &a);
	FILE *fp;

	if (rc == STORE_NOTFOUND)
		return 0;	/* a concept of kind article the file has no text for */
	if (rc != STORE_OK)
		return site_unreadable(s, DIR_T, article->slug, article->name);
	if (!(place = calloc(a.npassages + 1, sizeof *place))) {
		store_article_free(&a);
		return site_fail(s, strerror(ENOMEM));
	}
	store_article_lost(&a, place);
	site_file_name(article->slug, name);
	if ((fp = site_page_open(s, DIR_T, name, a.src.title ? a.src.title : a.self.name)) != NULL) {
		text_body(s, fp, &a, place);
		if ((rc = site_page_close(s, fp)) == 0)
			rc = site_add_page(s, DIR_T, article->slug);
	} else {
		rc = -1;
	}
	free(place);
	store_article_free(&a);
	return rc;
}
