/* view_home.c: the home view, the concepts of one kind, and an enumerated list. */
#include "config.h"

#include <string.h>

#include "i18n.h"
#include "text.h"
#include "view.h"

static size_t
widest_plural(const struct view_ctx *ctx)
{
	size_t w = 0;

	for (size_t i = 0; i < ctx->kinds.n; i++) {
		const char *name = view_plural(&ctx->kinds.v[i]);
		size_t k = text_width(name, strlen(name));

		w = k > w ? k : w;
	}
	return w;
}

static void
home_kinds(struct view_ctx *ctx, struct page *p)
{
	size_t w = widest_plural(ctx);

	page_row(p, R_HEADING, 0, _("Kinds of concept"), NULL);
	for (size_t i = 0; i < ctx->kinds.n; i++) {
		const struct store_kind *k = &ctx->kinds.v[i];
		struct target t = target_make(V_KIND, k->slug);

		page_link(p, 2, page_fmt(p, "%s %4d", view_pad(p, view_plural(k), w), k->count),
		    NULL, &t);
	}
	if (ctx->kinds.more)
		page_text(p, R_META, 2, page_fmt(p, _("… more than %d kinds: the rest are not read"),
		    STORE_KINDS_MAX));
}

/* The views of the whole reference, beside its kinds: each read only
 * when opened, so the home view reads nothing but the kinds. */
static void
home_views(struct page *p)
{
	static const struct {
		enum view_type view;
		const char *name, *what;
	} views[] = {
		{ V_TIMELINE, N_("Timeline"), N_("every concept with a date, in date order") },
		{ V_LISTS, N_("Enumerated lists"), N_("every list the articles enumerate, by article") },
	};
	size_t w = 0;

	for (size_t i = 0; i < sizeof views / sizeof *views; i++) {
		size_t k = text_width(_(views[i].name), strlen(_(views[i].name)));

		w = k > w ? k : w;
	}
	for (size_t i = 0; i < sizeof views / sizeof *views; i++) {
		struct target t = target_make(views[i].view, NULL);

		page_link(p, 2, view_pad(p, _(views[i].name), w), _(views[i].what), &t);
	}
}

int
view_home(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	(void)t;
	p->crumb = _("Home");
	page_row(p, R_TITLE, 0, _("Science and technology diplomacy"), NULL);
	page_text(p, R_META, 0, _("The concepts of five articles: pillars, tasks, technologies, "
	    "partners, and all they link to. Enter opens, / searches, ? helps."));
	page_blank(p);
	home_kinds(ctx, p);
	page_blank(p);
	home_views(p);
	return STORE_OK;
}

/* Every list, grouped under the article that enumerates it. */
int
view_lists(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct store_lists l;
	const char *article = "";
	int rc = store_lists(ctx->st, &l);

	(void)t;
	if (rc != STORE_OK)
		return rc;
	p->crumb = _("Enumerated lists in the articles");
	page_row(p, R_HEADING, 0, _("Enumerated lists in the articles"), NULL);
	for (size_t i = 0; i < l.n; i++) {
		const struct store_listref *r = &l.v[i];
		struct target lt = target_make(V_LIST, r->slug);

		if (strcmp(article, r->article) != 0) {
			article = r->article;
			page_row(p, R_SUBHEADING, 2, r->article_name, NULL);
		}
		page_link(p, 4, r->name, page_fmt(p, "%d · %s", r->count, r->name_en), &lt);
	}
	if (l.total > l.n) {
		page_blank(p);
		page_text(p, R_META, 2, page_fmt(p, _("… %zu more lists are not read"), l.total - l.n));
	}
	store_lists_free(&l);
	return rc;
}

int
view_kind_list(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	const struct store_kind *k = view_kind(ctx, t->key);
	struct store_items it;
	int rc;

	if (!k)
		return STORE_NOTFOUND;
	p->crumb = view_plural(k);
	page_row(p, R_HEADING, 0, page_fmt(p, "%s (%d)", view_plural(k), k->count), NULL);
	if ((rc = store_concepts(ctx->st, t->key, &it)) == STORE_NOTFOUND)
		rc = STORE_OK;	/* a kind with no concepts is an empty list */
	for (size_t i = 0; rc == STORE_OK && i < it.n; i++)
		view_item_link(p, 0, &it.v[i], NULL);
	if (rc == STORE_OK && it.more)
		page_text(p, R_META, 0, page_fmt(p, _("… the first %zu are shown"), it.n));
	store_items_free(&it);
	return rc;
}

static void
source_link(struct view_ctx *ctx, struct page *p, const char *article)
{
	struct store_items a;

	if (store_lookup(ctx->st, &article, 1, &a) == STORE_OK && a.n == 1)
		view_item_link(p, 2, &a.v[0], NULL);
	store_items_free(&a);
}

int
view_enum_list(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct doc d;
	int rc = doc_list(ctx->st, t->key, &d);
	const struct doc_section *items = &d.sec[SEC_ITEMS], *about = &d.sec[SEC_SUBJECTS];
	const struct doc_section *src = &d.sec[SEC_CITATIONS];

	if (rc != STORE_OK)
		return rc;
	p->crumb = page_fmt(p, "%s › %s", _("List"), d.self.name);
	page_text(p, R_HEADING, 0, d.self.name);
	page_text(p, R_META, 0, d.self.name_en);
	for (size_t i = 0; i < items->n; i++)
		view_doc_link(p, 0, &items->refs[i].to, page_fmt(p, "%zu. ", i + 1));
	if (d.cut)
		page_text(p, R_META, 0, page_fmt(p, _("… the first %zu are shown"), items->n));
	page_blank(p);
	view_summary_rows(ctx, p, d.summary, d.summary_en);
	if (about->n) {
		page_blank(p);
		page_row(p, R_HEADING, 0, doc_sec_title(SEC_SUBJECTS), NULL);
		for (size_t i = 0; i < about->n; i++)
			view_doc_link(p, 2, &about->refs[i].to, NULL);
	}
	if (src->n) {
		page_blank(p);
		page_row(p, R_HEADING, 0, _("Source"), NULL);
		source_link(ctx, p, src->refs[0].to.slug);
		/* the quote opens the article's text at it */
		view_passage_link(p, 4, src->refs[0].quote.text, src->refs[0].to.slug,
		    src->refs[0].quote.cite);
	}
	doc_free(&d);
	return p->mem.failed ? STORE_ERROR : STORE_OK;
}
