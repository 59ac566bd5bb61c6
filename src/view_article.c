/* view_article.c: an article's whole text, each passage a concept is cited for a link to it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "view.h"

/*
 * A paragraph is wrapped once, as running text, and each passage cited
 * in it is a link inside its lines: rows of cells (page_cells), the text
 * around a passage cells of plain text at their columns, so a passage
 * never starts a line of its own and the full stop after it stays on its
 * line.  A passage wrapped onto the next line is the same link there
 * (page_cell_link): drawn selected whole, one stop for Tab, 1-9 and the
 * mouse.  Enter opens the passage's first concept.  A quote cited inside
 * a passage that is already a link (the same words for another concept,
 * or a part of them) stays inside that link: splitting the longer one
 * around it would leave it in pieces, selected with holes.
 *
 * Beneath the paragraph, one "→ name" row per concept its passages
 * support, in the order of the passages and never the same concept twice:
 * the row of a passage's own concept is part of that passage's link (it
 * shows selected with it, so the reader sees what the passage is cited
 * for without leaving the text); a concept cited for a passage that is
 * already a link for another (the "the first with the others
 * listed beneath") is a link of its own, to that concept at that passage.
 * A chooser was the other way the issue allows; a row that is always
 * there needs no extra key and reads the same on paper and in a test.
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

/* A linked passage: bytes [from, to) of its paragraph, the citation it
 * opens (the first at that place), its link once drawn. */
struct span {
	size_t from, to;
	const struct store_passage *ps;
	int link;
};

/* One paragraph's passages: spans, and for each citation in it the span
 * it belongs to (cited[k], k counted from the paragraph's first). */
struct para_marks {
	struct span *spans;
	size_t nspans;
	const struct store_passage **cited;
	size_t *span_of;
	size_t ncited;
};

/* The passages from *j on that start in the paragraph, at their places
 * (store_article_lost()), except those not where their offset says; one
 * that starts inside the passage before (the same quote for another
 * concept, or a part of it) belongs to that passage's span. */
static void
mark_spans(const struct store_para *para, const struct store_passage *ps, size_t n, size_t *j,
    const size_t *place, struct para_marks *m)
{
	size_t end = 0;

	m->nspans = m->ncited = 0;
	for (; *j < n && ps[*j].offset < para->offset + (int64_t)para->len; ++*j) {
		size_t at = place[*j];

		if (at == STORE_PASSAGE_LOST)
			continue;
		if (at >= end || !m->nspans) {
			m->spans[m->nspans++] = (struct span){ at, at + strlen(ps[*j].quote), &ps[*j], -1 };
			end = at + strlen(ps[*j].quote);
		}
		m->cited[m->ncited] = &ps[*j];
		m->span_of[m->ncited++] = m->nspans - 1;
	}
}

/* Bytes [from, to) of line text `s` (the line starting at `line`) as a
 * cell at its column: plain, or part of span `sp` (a new link at its
 * first cell). */
static void
piece(struct page *p, const char *s, size_t line, size_t from, size_t to, struct span *sp)
{
	int col = (int)text_width(s + line, from - line), w = (int)text_width(s + from, to - from);
	const char *text = page_fmt(p, "%.*s", (int)(to - from), s + from);
	struct target t;

	if (!sp) {
		page_cell_link(p, col, w, R_TEXT, text, -1);
		return;
	}
	page_cell_link(p, col, w, R_LINK, text, sp->link);
	if (sp->link < 0) {
		t = target_make(V_CONCEPT, sp->ps->concept.slug);
		t.passage = sp->ps->id;
		sp->link = page_cell_new_link(p, &t);
	}
}

/* One wrapped line, bytes [from, to) of the paragraph: plain text and
 * the parts of the spans on it, from span *k on. */
static void
line_cells(struct page *p, const char *s, size_t from, size_t to, struct para_marks *m, size_t *k)
{
	size_t at = from;

	page_cells(p, R_TEXT, 0);
	while (at < to) {
		struct span *sp = *k < m->nspans ? &m->spans[*k] : NULL;

		if (sp && sp->to <= at) {
			++*k;		/* ended on the line before, or in its last blank */
			continue;
		}
		if (sp && sp->from <= at) {
			size_t e = sp->to < to ? sp->to : to;

			piece(p, s, from, at, e, sp);
			at = e;
		} else {
			size_t e = sp && sp->from < to ? sp->from : to;

			piece(p, s, from, at, e, NULL);
			at = e;
		}
	}
}

/* Whether the concept of cited[k] is one of cited[0..k) of the paragraph. */
static int
listed_before(const struct para_marks *m, size_t k)
{
	for (size_t i = 0; i < k; i++)
		if (strcmp(m->cited[i]->concept.slug, m->cited[k]->concept.slug) == 0)
			return 1;
	return 0;
}

/* The concepts beneath the paragraph, each once. */
static void
concept_rows(struct page *p, const struct para_marks *m)
{
	for (size_t k = 0; k < m->ncited; k++) {
		const struct store_passage *ps = m->cited[k];
		const struct span *sp = &m->spans[m->span_of[k]];
		const char *name;
		struct target t;

		if (listed_before(m, k))
			continue;
		name = page_fmt(p, "→ %s", ps->concept.name);
		if (sp->ps == ps && sp->link >= 0) {
			page_row(p, R_META, 2, name, ps->concept.name_en);
			p->rows[p->nrows - 1].link = sp->link;	/* selected with the passage */
			continue;
		}
		t = target_make(V_CONCEPT, ps->concept.slug);
		t.passage = ps->id;
		page_link(p, 2, name, ps->concept.name_en, &t);
	}
}

/* One paragraph as running text, its passages links inside it. */
static void
paragraph(struct page *p, const struct store_para *para, const struct store_passage *ps,
    size_t n, size_t *j, const size_t *place, struct para_marks *m)
{
	struct text_line *lines = NULL;
	long nl = text_wrap(para->text, para->len, p->width, &lines);
	size_t k = 0;

	mark_spans(para, ps, n, j, place, m);
	if (nl < 0)
		p->mem.failed = 1;
	for (long i = 0; i < nl; i++)
		line_cells(p, para->text, lines[i].off, lines[i].off + lines[i].len, m, &k);
	free(lines);
	concept_rows(p, m);
}

/* The passage the view was opened at: its offset and quote, from the
 * article's own passages, or read (a link's quote where a citation is,
 * not listed on its own); a NULL quote when it has none. */
struct aim {
	int64_t offset;
	const char *quote;
	struct store_citation c;	/* when read; zeroed otherwise */
};

static void
aim_at(struct view_ctx *ctx, const struct store_article *a, int64_t passage, struct aim *aim)
{
	memset(aim, 0, sizeof *aim);
	for (size_t i = 0; passage && i < a->npassages; i++)
		if (a->passages[i].id == passage) {
			aim->offset = a->passages[i].offset;
			aim->quote = a->passages[i].quote;
			return;
		}
	if (passage && store_citation(ctx->st, passage, &aim->c) == STORE_OK) {
		aim->offset = aim->c.offset;
		aim->quote = aim->c.quote;
	}
}

/* The link of the paragraph's passage that holds the aim: it starts
 * inside the passage, and as much of it as is there matches; or -1. */
static int
aim_link(const struct store_para *para, const struct para_marks *m, const struct aim *aim)
{
	for (size_t i = 0; aim->quote && i < m->nspans; i++) {
		const struct span *sp = &m->spans[i];
		size_t rel, n;

		if (aim->offset < para->offset + (int64_t)sp->from || aim->offset >= para->offset + (int64_t)sp->to)
			continue;
		rel = (size_t)(aim->offset - para->offset);
		n = strlen(aim->quote) < sp->to - rel ? strlen(aim->quote) : sp->to - rel;
		return memcmp(para->text + rel, aim->quote, n) == 0 ? sp->link : -1;
	}
	return -1;
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
lost_rows(struct page *p, const struct store_article *a, const size_t *place, size_t nlost)
{
	if (!nlost)
		return;
	page_blank(p);
	page_row(p, R_HEADING, 0, _("Passages not found in this text"), NULL);
	for (size_t i = 0; i < a->npassages; i++) {
		if (place[i] != STORE_PASSAGE_LOST)
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
	size_t j = 0, nlost = 0, np;
	struct para_marks m;
	struct aim aim;
	size_t *place;

	if (rc != STORE_OK)
		return rc;
	aim_at(ctx, &a, t->passage, &aim);
	np = a.npassages + 1;
	place = calloc(np, sizeof *place);
	m.spans = calloc(np, sizeof *m.spans);
	m.cited = calloc(np, sizeof *m.cited);
	m.span_of = calloc(np, sizeof *m.span_of);
	if (!place || !m.spans || !m.cited || !m.span_of) {
		rc = STORE_ERROR;
		goto done;
	}
	p->crumb = page_fmt(p, "%s › %s", _("Article text"), a.self.name);
	head(p, &a);
	if (!a.nparas)
		page_text(p, R_META, 0, _("This database holds no text for this article."));
	if ((nlost = store_article_lost(&a, place)) != 0)
		page_text(p, R_META, 0, page_fmt(p, ngettext("%zu cited passage is not in this "
		    "text: it is listed at the end.", "%zu cited passages are not in this text: "
		    "they are listed at the end.", nlost), nlost));
	for (size_t i = 0; i < a.nparas; i++) {
		size_t first = p->nrows;

		while (j < a.npassages && a.passages[j].offset < a.paras[i].offset)
			j++;
		page_blank(p);
		paragraph(p, &a.paras[i], a.passages, a.npassages, &j, place, &m);
		if (p->anchor < 0)
			p->anchor = aim_link(&a.paras[i], &m, &aim);
		/* the paragraph's number, not the calls that made its rows:
		 * the same at every width, for keeping the place on resize */
		p->block = VIEW_PARA_BLOCK + (int)i;
		for (size_t r = first; r < p->nrows; r++)
			p->rows[r].block = p->block;
	}
	lost_rows(p, &a, place, nlost);
done:
	free(place);
	free(m.spans);
	free(m.cited);
	free(m.span_of);
	store_citation_free(&aim.c);
	store_article_free(&a);
	return rc;
}
