/* browser_present.c: moving through a presentation, laying out its slides, and telling the speaker view. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browser.h"
#include "follow.h"
#include "i18n.h"
#include "present.h"

/* --- the presenter ------------------------------------------------------- */

/* Of a slide's parts (its summary, its quote), which it has. */
enum part { PART_SUMMARY, PART_QUOTE };

static int
parts_of(const struct presenter *p, int n, enum part out[2])
{
	const struct slide *s;
	int k = 0;

	if (n < 1 || n > (int)p->deck.n)
		return 0;
	s = &p->deck.v[n - 1];
	if (s->summary || s->summary_en)
		out[k++] = PART_SUMMARY;
	if (s->quote)
		out[k++] = PART_QUOTE;
	return k;
}

int
present_parts(const struct presenter *p, int n)
{
	enum part parts[2];

	return parts_of(p, n, parts);
}

static void
notify(struct presenter *p);

static void
go_to(struct presenter *p, int n, int revealed)
{
	int last = (int)p->deck.n + 1;

	p->cur = n < 0 ? 0 : n > last ? last : n;
	if (p->cur >= 1 && p->cur <= (int)p->deck.n)
		present_fill(p->st, &p->deck, (size_t)p->cur - 1);
	p->reveal = revealed ? present_parts(p, p->cur) : 0;
	p->top = -1;
}

void
present_open(struct presenter *p, struct store *st, struct deck *deck)
{
	memset(p, 0, sizeof *p);
	p->deck = *deck;
	memset(deck, 0, sizeof *deck);
	p->st = st;
	go_to(p, 0, 0);
}

void
present_close(struct presenter *p)
{
	follow_close(p->follow);
	present_deck_free(&p->deck);
	memset(p, 0, sizeof *p);
}

static void
next(struct presenter *p)
{
	if (p->reveal < present_parts(p, p->cur)) {
		p->reveal++;
		p->top = -1;
	} else if (p->cur <= (int)p->deck.n) {
		go_to(p, p->cur + 1, 0);
	}
}

/* A number typed, then Enter: that slide (0 is the title slide). */
static void
jump(struct presenter *p)
{
	if (!p->number[0]) {
		next(p);
		return;
	}
	go_to(p, atoi(p->number), 0);
}

static void
typed_digit(struct presenter *p, int key)
{
	size_t n = strlen(p->number);

	if (n + 1 < sizeof p->number) {
		p->number[n] = (char)key;
		p->number[n + 1] = '\0';
	}
}

void
present_key(struct presenter *p, int key)
{
	enum action a = action_for_key(KM_PRESENT, key);

	if (p->blank) {		/* any key brings the slide back */
		p->blank = 0;
		return;
	}
	if (a == ACT_PR_NUMBER) {
		typed_digit(p, key);
		return;
	}
	switch (a) {
	case ACT_PR_NEXT: next(p); break;
	case ACT_PR_PREV: if (p->cur > 0) go_to(p, p->cur - 1, 1); break;
	case ACT_PR_FIRST: go_to(p, 0, 0); break;
	case ACT_PR_LAST: go_to(p, (int)p->deck.n, 0); break;
	case ACT_PR_JUMP: jump(p); break;
	case ACT_PR_BLANK: p->blank = 1; break;
	/* INT_MAX waits for the layout to clamp it; a screen too small for
	 * slides lays nothing out, and j keeps coming */
	case ACT_PR_DOWN: p->top = p->top < 0 || p->top == INT_MAX ? INT_MAX : p->top + 1; break;
	case ACT_PR_UP: p->top = p->top > 0 ? p->top - 1 : 0; break;
	case ACT_PR_LANG: p->other_language = !p->other_language; break;
	case ACT_PR_QUIT: p->done = 1; break;
	default: break;
	}
	p->number[0] = '\0';
	notify(p);
}

/* --- layout ---------------------------------------------------------------- */

static void
centre_rows(struct page *pg, size_t from)
{
	for (size_t i = from; i < pg->nrows; i++) {
		size_t w = text_width(pg->rows[i].text, strlen(pg->rows[i].text));

		pg->rows[i].indent = w < pg->width ? (int)(pg->width - w) / 2 : 0;
	}
}

/* "Title (Outlet, date)", saying what the article does not state. */
static const char *
source_line(struct page *pg, const struct doc_source *src)
{
	if (!src->slug && !src->title)
		return NULL;
	return page_fmt(pg, "%s (%s, %s)", doc_source_title(src),
	    src->outlet ? src->outlet : _("outlet not stated"), src->date ? src->date : _("date not stated"));
}

static void
title_slide(const struct presenter *p, struct page *pg)
{
	const struct deck *d = &p->deck;
	const char *src = source_line(pg, &d->src);

	page_text(pg, R_TITLE, 0, d->title ? d->title : "");
	if (d->title_en && *d->title_en && (!d->title || strcmp(d->title, d->title_en) != 0))
		page_text(pg, R_META, 0, d->title_en);
	if (src) {
		page_blank(pg);
		page_text(pg, R_TEXT, 0, src);
	}
	page_blank(pg);
	page_text(pg, R_META, 0, page_fmt(pg, ngettext("%zu slide · Space: begin", "%zu slides · Space: begin",
	    d->n), d->n));
	centre_rows(pg, 0);
}

static void
end_slide(struct page *pg)
{
	page_text(pg, R_TITLE, 0, _("End of the presentation"));
	page_blank(pg);
	page_text(pg, R_META, 0, _("q: back where you started · Backspace: the last slide"));
	centre_rows(pg, 0);
}

static const char *
summary_of(const struct presenter *p, const struct slide *s)
{
	int english = ((!i18n_indonesian()) != p->other_language) && s->summary_en;

	return english || !s->summary ? s->summary_en : s->summary;
}

/* The head, then each part revealed; *start is the row the last revealed
 * part starts at. */
static void
item_slide(const struct presenter *p, struct page *pg, int *start)
{
	const struct slide *s = &p->deck.v[p->cur - 1];
	enum part parts[2];
	int n = parts_of(p, p->cur, parts);
	const char *src;

	if (s->context && *s->context)
		page_text(pg, R_META, 0, s->context);
	page_text(pg, R_TITLE, 0, s->item.name ? s->item.name : s->item.slug);
	if (s->item.name_en && *s->item.name_en && strcmp(s->item.name_en, s->item.name) != 0)
		page_text(pg, R_META, 0, s->item.name_en);
	page_text(pg, R_META, 0, page_fmt(pg, "[%s]", s->item.kind ? s->item.kind : ""));
	for (int i = 0; i < n && i < p->reveal; i++) {
		page_blank(pg);
		*start = (int)pg->nrows;
		if (parts[i] == PART_SUMMARY && summary_of(p, s)) {
			page_text(pg, R_TEXT, 0, summary_of(p, s));
		} else if (parts[i] == PART_QUOTE) {
			page_text(pg, R_QUOTE, 0, page_fmt(pg, "\u201c%s\u201d", s->quote));
			if ((src = source_line(pg, &s->src)))
				page_text(pg, R_META, 2, page_fmt(pg, "\u2014 %s", src));
		}
	}
}

void
present_layout(struct presenter *p, int cols, int rows, struct page *out, int *x)
{
	int w = cols - 4 > PRESENT_TEXT_MAX ? PRESENT_TEXT_MAX : cols - 4, start = 0, most;

	if (w < 8)
		w = 8;
	if (cols != p->cols || rows != p->rows)
		p->top = -1;	/* another size: the newest part in view again */
	p->cols = cols;
	p->rows = rows;
	*x = (cols - w) / 2;
	page_init(out, (size_t)w);
	if (p->cur == 0)
		title_slide(p, out);
	else if (p->cur > (int)p->deck.n)
		end_slide(out);
	else
		item_slide(p, out, &start);
	most = (int)out->nrows > rows ? (int)out->nrows - rows : 0;
	if (p->top < 0)		/* the newest part in view */
		p->top = start;
	if (p->top > most)
		p->top = most;
}

void
present_where(const struct presenter *p, char *out, size_t size)
{
	if (p->number[0])
		snprintf(out, size, _("go to %s (Enter)"), p->number);
	else if (p->cur == 0)
		snprintf(out, size, "%zu", p->deck.n);
	else if (p->cur > (int)p->deck.n)
		snprintf(out, size, "%s", _("end"));
	else
		snprintf(out, size, "%d / %zu", p->cur, p->deck.n);
}

/* --- the speaker view ---------------------------------------------------- */

/* A value on one line of the message: no tab, newline or NUL in it. */
static void
field_n(struct buf *b, const char *key, const char *value, size_t len)
{
	buf_adds(b, key);
	buf_addc(b, '\t');
	for (size_t i = 0; i < len; i++)
		buf_addc(b, value[i] == '\t' || value[i] == '\n' || value[i] == '\r' ? ' ' : value[i]);
	buf_addc(b, '\n');
}

static void
field(struct buf *b, const char *key, const char *value)
{
	field_n(b, key, value ? value : "", value ? strlen(value) : 0);
}

static const struct slide *
slide_at(const struct presenter *p, int n)
{
	return n >= 1 && n <= (int)p->deck.n ? &p->deck.v[n - 1] : NULL;
}

/* Where the presenter is, the notes of the slide shown and what comes
 * next: "key<TAB>value" lines, a note's lines one `note` each. */
static void
notify(struct presenter *p)
{
	struct buf b = BUF_INIT;
	const struct slide *now = slide_at(p, p->cur), *then = slide_at(p, p->cur + 1);
	const char *notes = p->cur == 0 ? p->deck.notes : now ? now->notes : NULL;
	char at[32];

	if (!p->follow)
		return;
	snprintf(at, sizeof at, "%d\t%zu", p->cur, p->deck.n);
	buf_adds(&b, "at\t");
	buf_adds(&b, at);
	buf_addc(&b, '\n');
	field(&b, "title", p->deck.title);
	if (now)
		field(&b, "now", now->item.name);
	for (const char *s = notes; s && *s; ) {
		const char *nl = strchr(s, '\n');

		field_n(&b, "note", s, nl ? (size_t)(nl - s) : strlen(s));
		s = nl ? nl + 1 : NULL;
	}
	if (then) {
		field(&b, "next", then->item.name);
		field(&b, "next-en", then->item.name_en);
		field(&b, "next-kind", then->item.kind);
	}
	if (!b.failed)
		follow_send(p->follow, b.data, b.len);
	buf_free(&b);
}

/* --- in the browser ------------------------------------------------------ */

/* The deck of what the browser shows: a list, a concept, results. */
static int
deck_of_view(struct browser *b, struct deck *out)
{
	const struct target *t = &nav_current(&b->nav)->t;

	const struct store_kind *k;

	switch (t->view) {
	case V_KIND:
		k = view_kind(&b->ctx, t->key);
		return present_kind(b->ctx.st, t->key, k ? view_plural(k) : NULL, out);
	case V_LIST: return present_list(b->ctx.st, t->key, out);
	case V_BASKET:
		return present_slugs(b->ctx.st, _("Briefing basket"), (const char *const *)b->basket.items.v,
		    b->basket.items.n, out);
	case V_CONCEPT: return present_concept(b->ctx.st, t->key, out);
	case V_SEARCH: return present_results(b->ctx.st, t->key, out);
	default: return -1;
	}
}

int
browser_present_deck(struct browser *b, struct deck *deck, int ends_tekdip, char **err)
{
	struct presenter *p = calloc(1, sizeof *p);
	struct follow *f = NULL;

	*err = NULL;
	if (!p) {
		present_deck_free(deck);
		return *err = strdup(_("out of memory")), -1;
	}
	if (follow_listen(&f, err) < 0) {
		present_deck_free(deck);
		free(p);
		return -1;
	}
	present_open(p, b->ctx.st, deck);
	p->follow = f;
	p->other_language = b->ctx.other_language;
	b->present = p;
	b->present_ends = ends_tekdip;
	notify(p);
	return 0;
}

void
browser_present(struct browser *b)
{
	struct deck deck;
	char *err = NULL;
	int rc = deck_of_view(b, &deck);

	if (rc != STORE_OK) {	/* -1: not a view with a deck */
		browser_notice(b, "%s", rc == STORE_ERROR ? store_error(b->ctx.st)
		    : _("Nothing to present here: p presents a list, a concept or search results."));
		return;
	}
	if (deck.n == 0) {
		present_deck_free(&deck);
		browser_notice(b, "%s", _("Nothing to present: no item here."));
		return;
	}
	if (browser_present_deck(b, &deck, 0, &err) < 0)
		browser_notice_take(b, err, _("out of memory"));
}

void
browser_present_stop(struct browser *b)
{
	if (!b->present)
		return;
	present_close(b->present);
	free(b->present);
	b->present = NULL;
}

/* The deck's end: tekdip's, or the browser's again. */
static void
present_end(struct browser *b)
{
	browser_present_stop(b);
	if (b->present_ends) {
		b->quit = 1;
		return;
	}
	/* the audience is still watching: the browser shows the digits that
	 * open its links, unless # chose otherwise */
	if (b->numbers < 0) {
		b->numbers = 1;
		b->stale = 1;
	}
	if (b->stale)
		browser_reload(b, -1);
}

void
browser_present_key(struct browser *b, int key)
{
	present_key(b->present, key);
	if (b->present->done)
		present_end(b);
}

void
browser_present_tick(struct browser *b)
{
	if (b->present)
		follow_tick(b->present->follow);
}
