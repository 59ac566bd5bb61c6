/* view_concept.c: a concept's full page, an article's page, and the preview pane. */
#include "config.h"

#include <string.h>

#include "doc.h"
#include "i18n.h"
#include "view.h"

static const char *
kind_name(struct view_ctx *ctx, const char *slug)
{
	const struct store_kind *k = view_kind(ctx, slug);

	return k ? i18n_pick(k->name, k->name_en) : slug;
}

/*
 * The page writer: a concept's document as rows.  What the page says comes
 * from the document, as every other output's does; only the layout is here.
 */

static void
head(struct view_ctx *ctx, struct page *p, const struct doc *d)
{
	const struct doc_item *it = &d->self;

	page_text(p, R_TITLE, 0, it->name);
	page_text(p, R_META, 0, page_fmt(p, "%s · %s%s", kind_name(ctx, it->kind), it->name_en,
	    state_is_bookmarked(ctx->state, it->slug) ? _("  [bookmarked]") : ""));
	if (d->naliases) {
		const char *s = _("Also:");

		for (size_t i = 0; i < d->naliases; i++)
			s = page_fmt(p, "%s%s %s", s, i ? "," : "", d->aliases[i]);
		page_text(p, R_META, 0, s);
	}
	if (d->vi)
		page_text(p, R_META, 0, page_fmt(p, _("Vietnamese: %s"), d->vi));
	if (d->role)
		page_text(p, R_META, 0, page_fmt(p, _("Role: %s"), d->role));
	if (d->date)
		page_text(p, R_META, 0, page_fmt(p, _("Date: %s"), d->date));
	/* tekdip's English, not the article's words: labelled, never quoted. */
	page_text(p, R_META, 0, page_fmt(p, _("In English: %s"), it->gloss));
}

static void
article_head(struct page *p, const struct doc_source *a)
{
	const char *unknown = _("(not stated in the article)");

	page_text(p, R_META, 0, page_fmt(p, _("Title: %s"), a->title ? a->title : unknown));
	page_text(p, R_META, 0, page_fmt(p, _("Outlet: %s"), a->outlet ? a->outlet : unknown));
	page_text(p, R_META, 0, page_fmt(p, _("URL: %s"), a->url ? a->url : unknown));
}

/* After the last shown link of a relation, a link to all of them. */
static void
rest_of(struct page *p, const char *slug, const struct doc_group *g, size_t shown, int back)
{
	struct target t = target_make(back ? V_BACKLINKS : V_LINKS, slug);

	if (shown >= g->total)
		return;
	t.relation = g->pos;
	page_link(p, 4, page_fmt(p, _("%zu more…"), g->total - shown),
	    page_fmt(p, _("all %zu"), g->total), &t);
}

/* Links grouped under their relation's label, as the document groups them. */
static int evidence;	/* the view context's, for this build */

static void
links(struct page *p, const struct doc *d, enum doc_sec sec)
{
	const struct doc_section *s = &d->sec[sec];

	page_blank(p);
	page_row(p, R_HEADING, 0, doc_sec_title(sec), NULL);
	for (size_t i = 0, j; i < s->n; i = j) {
		const struct doc_group *g = s->refs[i].group;

		page_row(p, R_SUBHEADING, 2, doc_group_label(g), NULL);
		for (j = i; j < s->n && s->refs[j].group == g; j++) {
			view_doc_link(p, 4, &s->refs[j].to, NULL);
			if (evidence && s->refs[j].quote.text)
				view_passage_link(p, 6, s->refs[j].quote.text, s->refs[j].quote.src
				    ? s->refs[j].quote.src->slug : NULL, s->refs[j].quote.cite);
		}
		rest_of(p, d->self.slug, g, j - i, sec == SEC_BACKLINKS);
	}
}

static void
lists(struct page *p, const struct doc *d, enum doc_sec sec)
{
	const struct doc_section *s = &d->sec[sec];

	page_blank(p);
	page_row(p, R_HEADING, 0, doc_sec_title(sec), NULL);
	for (size_t i = 0; i < s->n; i++) {
		const struct doc_ref *r = &s->refs[i];
		struct target t = target_make(V_LIST, r->to.slug);

		page_link(p, 2, r->to.name, r->pos ? page_fmt(p, _("%d of %d"), r->pos, r->count)
		    : page_fmt(p, _("%d items"), r->count), &t);
	}
}

static void
citations(struct page *p, const struct doc *d, enum doc_sec sec)
{
	const struct doc_section *s = &d->sec[sec];

	page_blank(p);
	page_row(p, R_HEADING, 0, doc_sec_title(sec), NULL);
	for (size_t i = 0; i < s->n; i++) {
		const struct doc_source *src = s->refs[i].quote.src;
		struct target t = target_make(V_ARTICLE, s->refs[i].to.slug);

		t.passage = s->refs[i].quote.cite;	/* Enter opens the text at the passage */
		page_link(p, 2, doc_source_title(src), page_fmt(p, "%s, %s",
		    src && src->outlet ? src->outlet : _("outlet not stated"),
		    src && src->date ? src->date : _("date not stated")), &t);
		page_text(p, R_QUOTE, 4, page_fmt(p, "“%s”", s->refs[i].quote.text));
		/* the quote is part of the citation's link: selected with it */
		page_link_continues(p);
	}
}

static void
mentions(struct page *p, const struct doc *d, enum doc_sec sec)
{
	const struct doc_section *s = &d->sec[sec];

	page_blank(p);
	page_row(p, R_HEADING, 0, doc_sec_title(sec), NULL);
	for (size_t i = 0; i < s->n; i++) {
		view_doc_link(p, 2, &s->refs[i].to, NULL);
		if (evidence)	/* e: the quote opens the text at its passage */
			view_passage_link(p, 4, s->refs[i].quote.text, d->self.slug, s->refs[i].quote.cite);
		else
			page_text(p, R_QUOTE, 4, page_fmt(p, "“%s”", s->refs[i].quote.text));
	}
}

/* Each section's rows, in the order the page reads. */
static const struct {
	enum doc_sec sec;
	void (*rows)(struct page *, const struct doc *, enum doc_sec);
} page_sections[] = {
	{ SEC_LINKS, links }, { SEC_BACKLINKS, links }, { SEC_LISTS, lists },
	{ SEC_ABOUT_LISTS, lists },
	{ SEC_MENTIONS, mentions }, { SEC_CITATIONS, citations },
};

int
view_concept(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct doc d;
	int rc = doc_concept(ctx->st, t->key, VIEW_LINKS_BUDGET, &d);

	if (rc != STORE_OK)
		return rc;
	p->crumb = page_fmt(p, "%s › %s", kind_name(ctx, d.self.kind), d.self.name);
	head(ctx, p, &d);
	if (d.article) {
		struct target text = target_make(V_ARTICLE, d.self.slug);

		article_head(p, d.article);
		page_link(p, 0, _("Read the article"), _("its whole text, each cited passage a link"), &text);
	}
	evidence = ctx->evidence;
	page_blank(p);
	view_summary_rows(ctx, p, d.summary, d.summary_en);
	for (size_t i = 0; i < sizeof page_sections / sizeof *page_sections; i++)
		if (d.sec[page_sections[i].sec].n)
			page_sections[i].rows(p, &d, page_sections[i].sec);
	if (d.cut)
		page_text(p, R_META, 0, _("… more aliases, quotes, lists or links than are "
		    "read: the first are shown"));
	doc_free(&d);
	return STORE_OK;
}

/* Every link of one relation, one way: where "N more…" leads. */
int
view_relation(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	int back = t->view == V_BACKLINKS;
	struct store_concept c;
	int rc = store_relation(ctx->st, t->key, t->relation, back, &c);
	const struct store_link *v;
	const char *label;
	size_t n;

	if (rc != STORE_OK)
		return rc;
	v = back ? c.backlinks : c.links;
	n = back ? c.nbacklinks : c.nlinks;
	label = i18n_pick(v[0].label, v[0].label_en);
	p->crumb = page_fmt(p, "%s › %s", c.self.name, label);
	page_text(p, R_TITLE, 0, c.self.name);
	page_row(p, R_HEADING, 0, page_fmt(p, "%s (%zu)", label, n), NULL);
	for (size_t i = 0; i < n; i++)
		view_item_link(p, 2, &v[i].target, NULL);
	if (n < v[0].total)
		page_text(p, R_META, 2, page_fmt(p, _("… the first %zu of %zu are shown"), n, v[0].total));
	store_concept_free(&c);
	return STORE_OK;
}

int
view_preview(struct view_ctx *ctx, const struct target *t, size_t width, struct page *p)
{
	struct store_brief c;
	int rc;

	page_init(p, width);
	if (t->view != V_CONCEPT)
		return STORE_OK;
	if ((rc = store_brief(ctx->st, t->key, &c)) != STORE_OK)
		return rc;
	page_text(p, R_TITLE, 0, c.self.name);
	page_text(p, R_META, 0, page_fmt(p, "%s · %s", kind_name(ctx, c.self.kind), c.self.name_en));
	page_text(p, R_META, 0, c.self.gloss);
	page_text(p, R_META, 0, page_fmt(p, _("%zu links · %zu backlinks · %zu lists · %zu citations"),
	    c.nlinks, c.nbacklinks, c.nlists, c.ncites));
	page_blank(p);
	{
		int english;

		page_text(p, R_TEXT, 0, view_summary(ctx, c.summary, c.summary_en, &english));
	}
	store_brief_free(&c);
	return STORE_OK;
}
