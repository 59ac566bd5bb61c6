/* view_search.c: the search results view: ranked concepts, each with why it matched. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "search.h"
#include "view.h"

static void
hint(struct page *p)
{
	page_text(p, R_META, 2, _("Type words to search names, aliases, English names, "
	    "summaries and quotes. Diacritics and case do not matter; every word is a "
	    "prefix: `pham minh`, `sem`, `iot`."));
}

static void
hit_rows(struct view_ctx *ctx, struct page *p, const struct store_hits *h)
{
	for (size_t i = 0; i < h->n; i++) {
		const struct store_hit *hit = &h->v[i];
		const struct store_kind *k = view_kind(ctx, hit->item.kind);
		enum view_type v = view_item_view(hit->item.kind);
		struct target t = target_make(v, hit->item.slug);
		char *snip = search_snippet(hit, &h->tokens, p->width > 8 ? p->width - 4 : 4);

		page_link(p, 0, hit->item.name, k ? i18n_pick(k->name, k->name_en)
		    : v == V_LIST ? _("List") : hit->item.kind, &t);
		if (snip && *snip && strcmp(snip, hit->item.name) != 0)
			page_row(p, R_QUOTE, 4, snip, NULL);
		free(snip);
	}
}

int
view_search(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct store_hits h;
	size_t from = (size_t)t->page * SEARCH_PAGE;
	int rc = store_search(ctx->st, t->key, SEARCH_PAGE, from, &h);

	if (rc != STORE_OK)
		return rc;
	p->crumb = page_fmt(p, "%s › %s", _("Search"), t->key);
	page_row(p, R_HEADING, 0, page_fmt(p, _("Search: %s"), t->key), !h.tokens.n ? NULL
	    : h.total_is_floor ? page_fmt(p, _("over %zu results"), h.total)
	    : page_fmt(p, ngettext("%zu result", "%zu results", h.total), h.total));
	if (h.suggestion) {
		/* the corrected words were searched: Enter here makes them the query */
		struct target fix = target_make(V_SEARCH, NULL);

		snprintf(fix.key, sizeof fix.key, "%s", h.suggestion);
		page_link(p, 2, page_fmt(p, _("Did you mean %s?"), h.suggestion),
		    _("results for it below"), &fix);
	}
	if (h.tokens.truncated)
		page_text(p, R_META, 2, page_fmt(p, _("The query was cut to %d bytes and %d words."),
		    TEXT_QUERY_MAX, TEXT_TOKENS_MAX));
	if (!h.tokens.n)
		hint(p);
	else if (!h.total)
		page_text(p, R_META, 2, _("No results: try fewer or shorter words."));
	if (t->page > 0)
		page_text(p, R_META, 2, page_fmt(p, _("Results %zu to %zu"), from + 1, from + h.n));
	hit_rows(ctx, p, &h);
	if (from + h.n < h.total) {
		struct target more = *t;

		more.page++;
		page_blank(p);
		page_link(p, 0, _("More results…"), page_fmt(p, h.total_is_floor ? _("over %zu more")
		    : _("%zu more"), h.total - from - h.n), &more);
	}
	store_hits_free(&h);
	return STORE_OK;
}
