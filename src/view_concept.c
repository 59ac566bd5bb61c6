/* view_concept.c: a concept's full page, an article's page, and the preview pane. */
#include "config.h"

#include <string.h>

#include "i18n.h"
#include "view.h"

static const char *
kind_name(struct view_ctx *ctx, const char *slug)
{
	const struct store_kind *k = view_kind(ctx, slug);

	return k ? i18n_pick(k->name, k->name_en) : slug;
}

static void
head(struct view_ctx *ctx, struct page *p, const struct store_concept *c)
{
	const struct store_item *it = &c->self;

	page_text(p, R_TITLE, 0, it->name);
	page_text(p, R_META, 0, page_fmt(p, "%s · %s%s", kind_name(ctx, it->kind), it->name_en,
	    state_is_bookmarked(ctx->state, it->slug) ? _("  [bookmarked]") : ""));
	if (c->naliases) {
		const char *s = _("Also:");

		for (size_t i = 0; i < c->naliases; i++)
			s = page_fmt(p, "%s%s %s", s, i ? "," : "", c->aliases[i]);
		page_text(p, R_META, 0, s);
	}
	if (c->role)
		page_text(p, R_META, 0, page_fmt(p, _("Role: %s"), c->role));
	if (c->date)
		page_text(p, R_META, 0, page_fmt(p, _("Date: %s"), c->date));
	page_text(p, R_META, 0, page_fmt(p, "“%s”", it->gloss));
}

static void
article_head(struct page *p, const struct store_concept *c)
{
	const char *unknown = _("(not stated in the article)");

	page_text(p, R_META, 0, page_fmt(p, _("Title: %s"), c->title ? c->title : unknown));
	page_text(p, R_META, 0, page_fmt(p, _("Outlet: %s"), c->outlet ? c->outlet : unknown));
	page_text(p, R_META, 0, page_fmt(p, _("URL: %s"), c->url ? c->url : unknown));
}

/* After the last shown link of a relation, a link to all of them. */
static void
rest_of(struct page *p, const char *slug, const struct store_link *last, size_t shown, int back)
{
	struct target t = target_make(back ? V_BACKLINKS : V_LINKS, slug);

	if (shown >= last->total)
		return;
	t.num = last->relation_pos;
	page_link(p, 4, page_fmt(p, _("%zu more…"), last->total - shown),
	    page_fmt(p, _("all %zu"), last->total), &t);
}

/* Links grouped under their relation's label, as the store orders them. */
static void
links(struct page *p, const struct store_concept *c, int back, const char *title)
{
	const struct store_link *v = back ? c->backlinks : c->links;
	size_t n = back ? c->nbacklinks : c->nlinks;

	if (!n)
		return;
	page_blank(p);
	page_row(p, R_HEADING, 0, title, NULL);
	for (size_t i = 0, j; i < n; i = j) {
		page_row(p, R_SUBHEADING, 2, i18n_pick(v[i].label, v[i].label_en), NULL);
		for (j = i; j < n && v[j].relation_pos == v[i].relation_pos; j++)
			view_item_link(p, 4, &v[j].target, NULL);
		rest_of(p, c->self.slug, &v[j - 1], j - i, back);
	}
}

static void
lists(struct page *p, const struct store_concept *c)
{
	if (!c->nlists)
		return;
	page_blank(p);
	page_row(p, R_HEADING, 0, _("In enumerated lists"), NULL);
	for (size_t i = 0; i < c->nlists; i++) {
		const struct store_listref *r = &c->lists[i];
		struct target t = target_make(V_LIST, r->slug);

		page_link(p, 2, r->name, page_fmt(p, _("%d of %d"), r->pos, r->count), &t);
	}
}

static void
citations(struct page *p, const struct store_concept *c)
{
	page_blank(p);
	page_row(p, R_HEADING, 0, _("Citations"), NULL);
	for (size_t i = 0; i < c->ncites; i++) {
		const struct store_cite *ci = &c->cites[i];
		struct target t = target_make(V_CONCEPT, ci->article);

		page_link(p, 2, ci->article_name, page_fmt(p, "%s, %s",
		    ci->outlet ? ci->outlet : _("outlet not stated"),
		    ci->date ? ci->date : _("date not stated")), &t);
		page_text(p, R_QUOTE, 4, page_fmt(p, "“%s”", ci->quote));
	}
}

static void
mentions(struct page *p, const struct store_concept *c)
{
	if (!c->nmentions)
		return;
	page_blank(p);
	page_row(p, R_HEADING, 0, _("Concepts, in order of appearance"), NULL);
	for (size_t i = 0; i < c->nmentions; i++) {
		view_item_link(p, 2, &c->mentions[i].item, NULL);
		page_text(p, R_QUOTE, 4, page_fmt(p, "“%s”", c->mentions[i].quote));
	}
}

int
view_concept(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct store_concept c;
	int rc = store_concept_page(ctx->st, t->slug, VIEW_LINKS_BUDGET, &c);
	int article;

	if (rc != STORE_OK)
		return rc;
	article = strcmp(c.self.kind, "article") == 0;
	p->crumb = page_fmt(p, "%s › %s", kind_name(ctx, c.self.kind), c.self.name);
	head(ctx, p, &c);
	if (article)
		article_head(p, &c);
	page_blank(p);
	page_text(p, R_TEXT, 0, c.summary);
	links(p, &c, 0, _("Links"));
	links(p, &c, 1, _("Referenced by"));
	lists(p, &c);
	if (article)
		mentions(p, &c);
	else
		citations(p, &c);
	store_concept_free(&c);
	return STORE_OK;
}

/* Every link of one relation, one way: where "N more…" leads. */
int
view_relation(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	int back = t->view == V_BACKLINKS;
	struct store_concept c;
	int rc = store_relation(ctx->st, t->slug, t->num, back, &c);
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
	if ((rc = store_brief(ctx->st, t->slug, &c)) != STORE_OK)
		return rc;
	page_text(p, R_TITLE, 0, c.self.name);
	page_text(p, R_META, 0, page_fmt(p, "%s · %s", kind_name(ctx, c.self.kind), c.self.name_en));
	page_text(p, R_META, 0, c.self.gloss);
	page_text(p, R_META, 0, page_fmt(p, _("%zu links · %zu backlinks · %zu lists · %zu citations"),
	    c.nlinks, c.nbacklinks, c.nlists, c.ncites));
	page_blank(p);
	page_text(p, R_TEXT, 0, c.summary);
	store_brief_free(&c);
	return STORE_OK;
}
