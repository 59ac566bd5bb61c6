/* view_compare.c: two concepts side by side: both heads, then each relation's targets, shared ones in the middle. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "i18n.h"
#include "text.h"
#include "view.h"

static struct target
item_target(const struct doc_item *it)
{
	return target_make(view_item_view(it->kind), it->slug);
}

/* Where "N more" leads: every link of that relation of the one concept
 * (the shared ones have no page of their own: plain text). */
static void
more_target(const struct doc *d, const struct doc_part *part, struct target *t)
{
	*t = target_make(part->sec == SEC_BACKLINKS ? V_BACKLINKS : V_LINKS,
	    part->side == SIDE_SECOND ? d->other.slug : d->self.slug);
	t->relation = part->group ? part->group->pos : 0;
}

static int
has_more_page(const struct doc_part *part)
{
	return part->group && part->side != SIDE_BOTH;
}

/* --- stacked: under 100 columns ---------------------------------------- */

static void
stacked_head(struct view_ctx *ctx, struct page *p, const struct doc_item *it)
{
	struct target t = item_target(it);

	page_link(p, 0, it->name, NULL, &t);
	page_text(p, R_META, 2, page_fmt(p, "%s · %s", view_kind_name(ctx, it->kind), it->name_en));
}

static void
stacked_summary(struct view_ctx *ctx, struct page *p, const char *name, const char *summary,
    const char *summary_en)
{
	int english;

	if ((summary = view_summary(ctx, summary, summary_en, &english)) == NULL)
		return;
	page_row(p, R_SUBHEADING, 2, name, NULL);
	page_text(p, R_TEXT, 4, english ? page_fmt(p, _("In English: %s"), summary) : summary);
}

static void
stacked_part(const struct doc *d, struct page *p, const struct doc_part *part)
{
	char side[512];

	page_row(p, R_SUBHEADING, 2, doc_side_title(d, part->side, side, sizeof side), NULL);
	for (size_t i = 0; i < part->n; i++)
		view_doc_link(p, 4, &part->refs[i].to, part->side == SIDE_BOTH ? "= " : NULL);
	if (part->total > part->n && has_more_page(part)) {
		struct target t;

		more_target(d, part, &t);
		page_link(p, 4, page_fmt(p, _("%zu more…"), part->total - part->n), NULL, &t);
	} else if (part->total > part->n) {
		page_text(p, R_META, 4, page_fmt(p, _("… %zu more"), part->total - part->n));
	}
}

static void
stacked(struct view_ctx *ctx, const struct doc *d, struct page *p)
{
	char title[512];

	/* both names on the first screen, however small; the summaries next */
	stacked_head(ctx, p, &d->self);
	page_row(p, R_META, 0, _("compared with"), NULL);
	stacked_head(ctx, p, &d->other);
	page_blank(p);
	page_row(p, R_HEADING, 0, _("Summaries"), NULL);
	stacked_summary(ctx, p, d->self.name, d->summary, d->summary_en);
	stacked_summary(ctx, p, d->other.name, d->other_summary, d->other_summary_en);
	for (size_t i = 0; i < d->nparts; i++) {
		if (doc_part_heads(d, i)) {
			page_blank(p);
			page_row(p, R_HEADING, 0, doc_part_title(&d->parts[i], title, sizeof title), NULL);
		}
		stacked_part(d, p, &d->parts[i]);
	}
}

/* --- side by side: from 100 columns ------------------------------------ */

/* Two texts wrapped into two columns of `w`, `gap` apart. */
static void
two_columns(struct page *p, enum row_style style, const char *a, const char *b, int w, int gap)
{
	struct text_line *la = NULL, *lb = NULL;
	long na = a ? text_wrap(a, strlen(a), (size_t)w, &la) : 0;
	long nb = b ? text_wrap(b, strlen(b), (size_t)w, &lb) : 0;

	for (long i = 0; i < na || i < nb; i++) {
		page_cells(p, style, 0);
		if (i < na)
			page_cell(p, 0, w, style, page_fmt(p, "%.*s", (int)la[i].len, a + la[i].off), NULL);
		if (i < nb)
			page_cell(p, w + gap, w, style, page_fmt(p, "%.*s", (int)lb[i].len, b + lb[i].off),
			    NULL);
	}
	free(la);
	free(lb);
}

static void
wide_heads(struct view_ctx *ctx, const struct doc *d, struct page *p, int w)
{
	struct target ta = item_target(&d->self), tb = item_target(&d->other);
	int ea, eb;
	const char *sa = view_summary(ctx, d->summary, d->summary_en, &ea);
	const char *sb = view_summary(ctx, d->other_summary, d->other_summary_en, &eb);

	page_cells(p, R_TITLE, 0);
	page_cell(p, 0, w, R_LINK, d->self.name, &ta);
	page_cell(p, w + 2, w, R_LINK, d->other.name, &tb);
	two_columns(p, R_META, page_fmt(p, "%s · %s", view_kind_name(ctx, d->self.kind), d->self.name_en),
	    page_fmt(p, "%s · %s", view_kind_name(ctx, d->other.kind), d->other.name_en), w, 2);
	page_blank(p);
	if (ea || eb)	/* tekdip's English, labelled as everywhere */
		page_row(p, R_META, 0, _("In English:"), NULL);
	two_columns(p, R_TEXT, sa, sb, w, 2);
}

/* A side's rows in its column: its targets, and "N more…" if cut. */
static size_t
part_rows(const struct doc_part *part)
{
	return part->n + (part->total > part->n);
}

/* The parts of one relation (or the lists) that start at parts[i]: its
 * three sides as columns, only the first's | both's | only the second's. */
static size_t
wide_relation(const struct doc *d, struct page *p, size_t i, int cw)
{
	const struct doc_part *side[3] = { NULL, NULL, NULL };
	static const enum doc_side order[3] = { SIDE_FIRST, SIDE_BOTH, SIDE_SECOND };
	size_t end = i, rows = 0;

	do {
		side[d->parts[end].side] = &d->parts[end];
		rows = part_rows(&d->parts[end]) > rows ? part_rows(&d->parts[end]) : rows;
		end++;
	} while (end < d->nparts && !doc_part_heads(d, end));
	for (size_t r = 0; r < rows; r++) {
		page_cells(p, R_TEXT, 0);
		for (int c = 0; c < 3; c++) {	/* left to right, as cells go */
			const struct doc_part *part = side[order[c]];
			int col = c * (cw + 2);
			struct target t;

			if (!part || r > part->n)
				continue;
			if (r < part->n) {
				t = item_target(&part->refs[r].to);
				page_cell(p, col, cw, R_LINK, part->side == SIDE_BOTH
				    ? page_fmt(p, "= %s", part->refs[r].to.name) : part->refs[r].to.name, &t);
			} else if (part->total > part->n) {
				more_target(d, part, &t);
				page_cell(p, col, cw, has_more_page(part) ? R_LINK : R_META,
				    page_fmt(p, _("%zu more…"), part->total - part->n),
				    has_more_page(part) ? &t : NULL);
			}
		}
	}
	return end;
}

static void
wide(struct view_ctx *ctx, const struct doc *d, struct page *p)
{
	int w = ((int)p->width - 2) / 2, cw = ((int)p->width - 4) / 3;
	char title[512], side[512];

	wide_heads(ctx, d, p, w);
	page_blank(p);
	page_cells(p, R_SUBHEADING, 0);
	page_cell(p, 0, cw, R_SUBHEADING, doc_side_title(d, SIDE_FIRST, side, sizeof side), NULL);
	page_cell(p, cw + 2, cw, R_SUBHEADING, doc_side_title(d, SIDE_BOTH, side, sizeof side), NULL);
	page_cell(p, 2 * (cw + 2), cw, R_SUBHEADING, doc_side_title(d, SIDE_SECOND, side, sizeof side),
	    NULL);
	for (size_t i = 0; i < d->nparts;) {
		page_blank(p);
		page_row(p, R_HEADING, 0, doc_part_title(&d->parts[i], title, sizeof title), NULL);
		i = wide_relation(d, p, i, cw);
	}
}

/* The key is the two slugs with a tab between them. */
int
view_compare(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	const char *tab = strchr(t->key, '\t');
	char a[SLUG_MAX];
	struct doc d;
	int rc;

	if (!tab)
		return STORE_NOTFOUND;
	memcpy(a, t->key, (size_t)(tab - t->key));
	a[tab - t->key] = '\0';
	if ((rc = doc_compare(ctx->st, a, tab + 1, VIEW_COMPARE_BUDGET, &d)) != STORE_OK)
		return rc;
	p->crumb = page_fmt(p, _("Comparison › %s · %s"), d.self.name, d.other.name);
	if (p->width >= VIEW_COMPARE_WIDE)
		wide(ctx, &d, p);
	else
		stacked(ctx, &d, p);
	if (!d.nparts) {
		page_blank(p);
		page_text(p, R_META, 0, _("Neither has links or lists to compare."));
	}
	doc_free(&d);
	return p->mem.failed ? STORE_ERROR : STORE_OK;
}
