/* view_timeline.c: the timeline page: every dated concept in date order, under its year. */
#include "config.h"

#include <string.h>

#include "doc.h"
#include "i18n.h"
#include "text.h"
#include "view.h"

/* Dates are padded to this many columns so that names line up; an
 * interval of two days is wider and pushes its name along. */
#define DATE_COLS 10

/* "1418–1428  Pemberontakan Lam Son  Lam Son uprising", the whole row a
 * link; beneath it, part of the link, its kind and its article. */
static void
entry(struct view_ctx *ctx, struct page *p, const struct doc_ref *r)
{
	struct target t = target_make(V_CONCEPT, r->to.slug);
	char date[128];
	const char *shown = view_pad(p, doc_date_shown(r->date, date, sizeof date), DATE_COLS);

	page_link(p, 2, page_fmt(p, "%s  %s", shown, r->to.name),
	    strcmp(r->to.name, r->to.name_en) ? r->to.name_en : NULL, &t);
	page_row(p, R_META, 4 + DATE_COLS, r->quote.src ? page_fmt(p, "%s · %s",
	    view_kind_name(ctx, r->to.kind), r->quote.src->name) : view_kind_name(ctx, r->to.kind), NULL);
	page_link_continues(p);
}

/* A link to the page of entries before or after this one. */
static void
page_step(struct page *p, const struct doc *d, int page, int later)
{
	struct target t = target_make(V_TIMELINE, NULL);
	size_t from = (size_t)page * VIEW_TIMELINE_PAGE;
	size_t to = from + VIEW_TIMELINE_PAGE < d->total ? from + VIEW_TIMELINE_PAGE : d->total;

	t.page = page;
	page_link(p, 0, later ? _("Later…") : _("Earlier…"),
	    page_fmt(p, _("%zu–%zu of %zu"), from + 1, to, d->total), &t);
}

int
view_timeline(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct doc d;
	char year[64];
	int page = t->page > 0 ? t->page : 0;
	int rc = doc_timeline(ctx->st, (size_t)page * VIEW_TIMELINE_PAGE, VIEW_TIMELINE_PAGE, &d);

	if (rc != STORE_OK)
		return rc;
	p->crumb = page ? page_fmt(p, _("Timeline › %zu–%zu"), d.first + 1,
	    d.first + VIEW_TIMELINE_PAGE < d.total ? d.first + VIEW_TIMELINE_PAGE : d.total) : _("Timeline");
	page_row(p, R_TITLE, 0, _("Timeline"), NULL);
	page_text(p, R_META, 0, _("Every concept with a date, in date order. Enter opens one."));
	if (!d.nparts) {
		page_blank(p);
		page_text(p, R_META, 0, _("No concept in this database has a date."));
	}
	if (page)
		page_step(p, &d, page - 1, 0);
	for (size_t i = 0; i < d.nparts; i++) {
		page_blank(p);
		page_row(p, R_HEADING, 0, doc_part_title(&d.parts[i], year, sizeof year), NULL);
		for (size_t j = 0; j < d.parts[i].n; j++)
			entry(ctx, p, &d.parts[i].refs[j]);
	}
	if (d.total > d.first + VIEW_TIMELINE_PAGE) {
		page_blank(p);
		page_step(p, &d, page + 1, 1);
	}
	doc_free(&d);
	return p->mem.failed ? STORE_ERROR : STORE_OK;
}

