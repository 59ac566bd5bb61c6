/* view_article.c: an article's whole text, each passage a concept is cited for a link to it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "view.h"

/*
 * Rows hold at most one link, so a passage starts a line of its own and
 * its rows all carry the passage's link (the whole passage shows
 * selected), followed by a row naming the concept it supports.  With link
 * spans (issue 15b) a passage could stay inside its sentence and the
 * concept's name go to the status line.
 */
/* `s` wrapped, every row part of one link to `to` (drawn selected together). */
static void
link_rows(struct page *p, int indent, enum row_style style, const char *s, size_t len,
    const struct target *to)
{
	size_t width = p->width > (size_t)indent + 10 ? p->width - (size_t)indent - 2 : 8;
	struct text_line *lines = NULL;
	long n = text_wrap(s, len, width, &lines);
	size_t link = p->nlinks;

	for (long i = 0; i < n; i++) {
		const char *line = page_fmt(p, "%.*s", (int)lines[i].len, s + lines[i].off);

		if (i == 0)
			page_link(p, indent, line, NULL, to);
		else
			page_row(p, style, indent, line, NULL);
		if (p->nlinks > link)
			p->rows[p->nrows - 1].style = style;
	}
	page_link_continues(p);
	if (n < 0)
		p->mem.failed = 1;
	free(lines);
}

static void
passage_rows(struct page *p, const char *s, size_t len, const struct store_item *to,
    int64_t cite)
{
	struct target t = target_make(V_CONCEPT, to->slug);
	size_t link = p->nlinks;

	t.passage = cite;
	link_rows(p, 0, R_LINK, s, len, &t);
	page_row(p, R_META, 2, page_fmt(p, "→ %s", to->name), to->name_en);
	if (p->nlinks > link)
		p->rows[p->nrows - 1].link = (int)link;
}

void
view_passage_link(struct page *p, int indent, const char *quote, const char *article,
    int64_t passage)
{
	struct target t = target_make(V_ARTICLE, article);
	const char *q = page_fmt(p, "“%s”", quote);

	if (!passage || !article) {
		page_text(p, R_QUOTE, indent, q);	/* no place in the text to open */
		return;
	}
	t.passage = passage;
	link_rows(p, indent, R_QUOTE, q, strlen(q), &t);
}

/* A passage that also supports another concept: listed beneath it. */
static void
also_row(struct page *p, const struct store_passage *ps)
{
	struct target t = target_make(V_CONCEPT, ps->concept.slug);

	t.passage = ps->id;
	page_link(p, 2, page_fmt(p, _("→ also %s"), ps->concept.name), ps->concept.name_en, &t);
}

static void
plain(struct page *p, const char *s, size_t from, size_t to)
{
	if (to > from)
		page_text(p, R_TEXT, 0, page_fmt(p, "%.*s", (int)(to - from), s + from));
}

/* Whether the passage is where its offset says, in this paragraph. */
static int
in_place(const struct store_para *para, const struct store_passage *ps, size_t *at)
{
	size_t tlen = strlen(para->text), qlen = strlen(ps->quote);
	int64_t rel = ps->offset - para->offset;

	/* offsets are -1 when the file's are out of range (store_article) */
	if (ps->offset < 0 || para->offset < 0 || rel < 0 || qlen == 0 ||
	    (uint64_t)rel > tlen || qlen > tlen - (size_t)rel ||
	    memcmp(para->text + rel, ps->quote, qlen) != 0)
		return 0;
	*at = (size_t)rel;
	return 1;
}

/* One paragraph; the passages from *j on that start in it are linked,
 * except those mark_lost() found not where their offset says. */
static void
paragraph(struct page *p, const struct store_para *para, const struct store_passage *ps,
    size_t n, size_t *j, const char *lost)
{
	const char *s = para->text;
	size_t cur = 0, end = 0;

	for (; *j < n && ps[*j].offset < para->offset + (int64_t)para->len; ++*j) {
		size_t at, qlen = strlen(ps[*j].quote);

		if (lost[*j] || !in_place(para, &ps[*j], &at))
			continue;
		if (at < end) {
			also_row(p, &ps[*j]);	/* the same passage, or one inside it */
			continue;
		}
		plain(p, s, cur, at);
		passage_rows(p, s + at, qlen, &ps[*j].concept, ps[*j].id);
		cur = end = at + qlen;
	}
	plain(p, s, cur, strlen(s));
}

/* Which passages are not where their offset says (lost[i] = 1), and how many. */
static size_t
mark_lost(const struct store_article *a, char *lost)
{
	size_t i = 0, nlost = 0;

	for (size_t j = 0; j < a->npassages; j++) {
		const struct store_passage *ps = &a->passages[j];
		size_t at;

		while (i < a->nparas && a->paras[i].offset + (int64_t)a->paras[i].len <= ps->offset)
			i++;
		lost[j] = i == a->nparas || !in_place(&a->paras[i], ps, &at);
		nlost += (size_t)lost[j];
	}
	return nlost;
}

static void
head(struct page *p, const struct store_article *a)
{
	const struct store_source *src = &a->src;

	page_text(p, R_TITLE, 0, src->title ? src->title : a->self.name);
	if (!src->title)
		page_text(p, R_META, 0, _("(the article states no title)"));
	if (src->outlet)
		page_text(p, R_META, 0, page_fmt(p, _("Outlet: %s"), src->outlet));
	if (src->date)
		page_text(p, R_META, 0, page_fmt(p, _("Date: %s"), src->date));
	if (src->url)
		page_text(p, R_META, 0, page_fmt(p, _("URL: %s"), src->url));
}

/* Citations whose quote is not at its place in this text: shown, unlinked
 * to the text, after it; the concept stays a link. */
static void
lost_rows(struct page *p, const struct store_article *a, const char *lost, size_t nlost)
{
	if (!nlost)
		return;
	page_blank(p);
	page_row(p, R_HEADING, 0, _("Passages not found in this text"), NULL);
	for (size_t i = 0; i < a->npassages; i++) {
		if (!lost[i])
			continue;
		view_item_link(p, 2, &a->passages[i].concept, NULL);
		page_text(p, R_QUOTE, 4, page_fmt(p, "“%s”", a->passages[i].quote));
	}
}

int
view_article(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct store_article a;
	int rc = store_article(ctx->st, t->key, &a);
	size_t j = 0, nlost = 0;
	char *lost;

	if (rc != STORE_OK)
		return rc;
	if (!(lost = calloc(a.npassages + 1, 1))) {
		store_article_free(&a);
		return STORE_ERROR;
	}
	p->crumb = page_fmt(p, "%s › %s", _("Article text"), a.self.name);
	head(p, &a);
	if (!a.nparas)
		page_text(p, R_META, 0, _("This database holds no text for this article."));
	if ((nlost = mark_lost(&a, lost)) != 0)
		page_text(p, R_META, 0, page_fmt(p, ngettext("%zu cited passage is not in this "
		    "text: it is listed at the end.", "%zu cited passages are not in this text: "
		    "they are listed at the end.", nlost), nlost));
	for (size_t i = 0; i < a.nparas; i++) {
		size_t first = p->nrows;

		while (j < a.npassages && a.passages[j].offset < a.paras[i].offset)
			j++;
		page_blank(p);
		paragraph(p, &a.paras[i], a.passages, a.npassages, &j, lost);
		/* the paragraph's number, not the calls that made its rows:
		 * the same at every width, for keeping the place on resize */
		p->block = VIEW_PARA_BLOCK + (int)i;
		for (size_t r = first; r < p->nrows; r++)
			p->rows[r].block = p->block;
	}
	lost_rows(p, &a, lost, nlost);
	free(lost);
	store_article_free(&a);
	return STORE_OK;
}
