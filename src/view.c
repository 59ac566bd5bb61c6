/* view.c: the table of views, building a page for a target, shared row helpers. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "text.h"
#include "view.h"

const struct view_def view_table[V_COUNT] = {
	[V_HOME] = { V_HOME, "home", 0, view_home, 0 },
	[V_KIND] = { V_KIND, "kind", 1, view_kind_list, 0 },
	[V_LIST] = { V_LIST, "list", 1, view_enum_list, 0 },
	[V_CONCEPT] = { V_CONCEPT, "concept", 0, view_concept, 0 },
	[V_HELP] = { V_HELP, "help", 0, view_help, 0 },
	[V_HISTORY] = { V_HISTORY, "history", 1, view_history, 0 },
	[V_BOOKMARKS] = { V_BOOKMARKS, "bookmarks", 1, view_bookmarks, 0 },
	[V_SEARCH] = { V_SEARCH, "search", 1, view_search, 0 },
	[V_LINKS] = { V_LINKS, "links", 1, view_relation, 0 },
	[V_BACKLINKS] = { V_BACKLINKS, "backlinks", 1, view_relation, 0 },
	[V_LISTS] = { V_LISTS, "lists", 0, view_lists, 0 },
	[V_ARTICLE] = { V_ARTICLE, "article", 0, view_article, 0 },
	[V_BASKET] = { V_BASKET, "basket", 1, view_basket, 0 },
	[V_TIMELINE] = { V_TIMELINE, "timeline", 0, view_timeline, 0 },
	[V_COMPARE] = { V_COMPARE, "comparison", 0, view_compare, 0 },
	[V_MAP] = { V_MAP, "map", 0, view_map, 1 },
};

int
view_ctx_init(struct view_ctx *ctx, struct store *st, const struct state *state)
{
	ctx->st = st;
	ctx->state = state;
	return store_kinds(st, &ctx->kinds);
}

void
view_ctx_free(struct view_ctx *ctx)
{
	store_kinds_free(&ctx->kinds);
}

enum view_type
view_item_view(const char *kind)
{
	return kind && strcmp(kind, STORE_LIST_KIND) == 0 ? V_LIST : V_CONCEPT;
}

const struct store_kind *
view_kind(const struct view_ctx *ctx, const char *slug)
{
	for (size_t i = 0; i < ctx->kinds.n; i++)
		if (strcmp(ctx->kinds.v[i].slug, slug) == 0)
			return &ctx->kinds.v[i];
	return NULL;
}

const char *
view_plural(const struct store_kind *k)
{
	return i18n_pick(k->plural, k->plural_en);
}

const char *
view_pad(struct page *p, const char *s, size_t width)
{
	size_t w = text_width(s, strlen(s));

	return w >= width ? s : page_fmt(p, "%s%*s", s, (int)(width - w), "");
}

const char *
view_summary(const struct view_ctx *ctx, const char *summary, const char *summary_en,
    int *english)
{
	*english = ((!i18n_indonesian()) != ctx->other_language) && summary_en;
	return *english ? summary_en : summary;
}

void
view_summary_rows(struct view_ctx *ctx, struct page *p, const char *summary,
    const char *summary_en)
{
	int english;
	const char *s = view_summary(ctx, summary, summary_en, &english);

	if (!s)
		return;
	/* the English is tekdip's, the Indonesian the articles' language:
	 * the reader is told which, and that L shows the other */
	page_text(p, R_META, 0, english ? _("Summary in English · L: Indonesian")
	    : summary_en ? _("Summary in Indonesian · L: English") : _("Summary in Indonesian"));
	page_text(p, R_TEXT, 0, s);
}

void
view_doc_link(struct page *p, int indent, const struct doc_item *it, const char *lead)
{
	struct target t = target_make(view_item_view(it->kind), it->slug);
	const char *name = lead ? page_fmt(p, "%s%s", lead, it->name) : it->name;

	/* "Austria  Austria" says nothing twice */
	page_link(p, indent, name, strcasecmp(it->name, it->name_en) ? it->name_en : NULL, &t);
}

void
view_item_link(struct page *p, int indent, const struct store_item *it, const char *lead)
{
	struct doc_item d = { it->slug, it->kind, it->name, it->name_en, it->gloss };

	view_doc_link(p, indent, &d, lead);
}

static void
explain_failure(struct view_ctx *ctx, const struct target *t, struct page *p, int rc)
{
	page_row(p, R_TITLE, 0, rc == STORE_NOTFOUND ? _("Not found") : _("Cannot show this"), NULL);
	page_blank(p);
	page_text(p, R_TEXT, 0, rc == STORE_NOTFOUND
	    ? page_fmt(p, _("There is no %s \"%s\" in this database."), view_table[t->view].name, t->key)
	    : page_fmt(p, _("The database answered: %s"), store_error(ctx->st)));
	page_text(p, R_META, 0, _("Press Left to go back or t for the home view."));
}

int
view_build(struct view_ctx *ctx, const struct target *t, size_t width, struct page *out)
{
	int rc;

	page_init(out, width);
	rc = view_table[t->view].build(ctx, t, out);
	if (rc == STORE_OK && out->mem.failed)
		rc = STORE_ERROR;
	if (rc != STORE_OK) {
		page_free(out);
		page_init(out, width);
		out->crumb = _("Error");
		explain_failure(ctx, t, out, rc);
	}
	return rc;
}

const char *
view_kind_name(const struct view_ctx *ctx, const char *slug)
{
	const struct store_kind *k = view_kind(ctx, slug);

	return k ? i18n_pick(k->name, k->name_en) : slug;
}
