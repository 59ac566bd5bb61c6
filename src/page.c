/* page.c: building pages of rows, and the movement rules over them. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"
#include "text.h"

void
page_init(struct page *p, size_t width)
{
	memset(p, 0, sizeof *p);
	p->width = width ? width : 1;
	p->crumb = "";
}

void
page_free(struct page *p)
{
	free(p->rows);
	free(p->links);
	free(p->link_row);
	arena_free(&p->mem);
	memset(p, 0, sizeof *p);
}

void
page_block(struct page *p)
{
	p->block++;
}

static int
grow(void **v, size_t *cap, size_t need, size_t size)
{
	size_t ncap = *cap ? *cap * 2 : 32;
	void *nv;

	if (need <= *cap)
		return 0;
	if ((nv = realloc(*v, ncap * size)) == NULL)
		return -1;
	*v = nv;
	*cap = ncap;
	return 0;
}

static struct row *
add_row(struct page *p, enum row_style style, int indent, const char *text)
{
	struct row *r;

	if (grow((void **)&p->rows, &p->rowcap, p->nrows + 1, sizeof *p->rows) < 0) {
		p->mem.failed = 1;
		return NULL;
	}
	r = &p->rows[p->nrows++];
	*r = (struct row){ text ? text : "", NULL, indent, style, -1, p->block };
	return r;
}

/* Rows outlive the store results they are made from: keep copies. */
static const char *
keep(struct page *p, const char *s)
{
	return s ? arena_strdup(&p->mem, s) : NULL;
}

void
page_text(struct page *p, enum row_style style, int indent, const char *s)
{
	struct text_line *lines = NULL;
	size_t width = p->width > (size_t)indent + 8 ? p->width - (size_t)indent : 8;
	long n = text_wrap(s, strlen(s), width, &lines);

	page_block(p);
	for (long i = 0; i < n; i++) {
		/* a copy per line: rows outlive the text they came from */
		char *line = arena_alloc(&p->mem, lines[i].len + 1);

		if (!line)
			break;
		memcpy(line, s + lines[i].off, lines[i].len);
		line[lines[i].len] = '\0';
		add_row(p, style, indent, line);
	}
	if (n < 0)
		p->mem.failed = 1;
	free(lines);
}

void
page_row(struct page *p, enum row_style style, int indent, const char *s, const char *note)
{
	struct row *r;

	page_block(p);
	if ((r = add_row(p, style, indent, keep(p, s))) != NULL)
		r->note = keep(p, note);
}

void
page_blank(struct page *p)
{
	/* never two blanks in a row, nor one at the top */
	if (p->nrows && *p->rows[p->nrows - 1].text)
		page_row(p, R_TEXT, 0, "", NULL);
}

void
page_link(struct page *p, int indent, const char *s, const char *note, const struct target *to)
{
	size_t cap = p->linkcap;
	struct row *r;

	/* links and link_row grow together: grow() changes cap only on success */
	if (grow((void **)&p->link_row, &cap, p->nlinks + 1, sizeof *p->link_row) < 0 ||
	    grow((void **)&p->links, &p->linkcap, p->nlinks + 1, sizeof *p->links) < 0) {
		p->mem.failed = 1;
		return;
	}
	page_block(p);
	if ((r = add_row(p, R_LINK, indent, keep(p, s))) == NULL)
		return;
	r->note = keep(p, note);
	r->link = (int)p->nlinks;
	p->links[p->nlinks] = *to;
	p->link_row[p->nlinks++] = (int)(p->nrows - 1);
}

const char *
page_fmt(struct page *p, const char *fmt, ...)
{
	va_list ap;
	char small[256], *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0 || (s = arena_alloc(&p->mem, (size_t)n + 1)) == NULL)
		return "";
	if ((size_t)n < sizeof small) {
		memcpy(s, small, (size_t)n + 1);
		return s;
	}
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

struct target
target_make(enum view_type view, const char *slug)
{
	struct target t = { view, "", 0 };

	if (slug)
		snprintf(t.slug, sizeof t.slug, "%s", slug);
	return t;
}

int
target_equal(const struct target *a, const struct target *b)
{
	return a->view == b->view && strcmp(a->slug, b->slug) == 0 && a->num == b->num;
}

static int
max_top(const struct page *p, int height)
{
	int m = (int)p->nrows - height;

	return m > 0 ? m : 0;
}

static int
visible(const struct pos *pos, int row, int height)
{
	return row >= pos->top && row < pos->top + height;
}

void
page_clamp(const struct page *p, struct pos *pos, int height)
{
	if (height < 1)
		height = 1;
	if (pos->sel >= (int)p->nlinks)
		pos->sel = (int)p->nlinks - 1;
	if (pos->sel < -1)
		pos->sel = -1;
	if (pos->sel >= 0) {
		int row = p->link_row[pos->sel];

		if (row < pos->top)
			pos->top = row;
		else if (row >= pos->top + height)
			pos->top = row - height + 1;
	}
	if (pos->top > max_top(p, height))
		pos->top = max_top(p, height);
	if (pos->top < 0)
		pos->top = 0;
}

int
page_first_visible_link(const struct page *p, const struct pos *pos, int height)
{
	for (size_t i = 0; i < p->nlinks; i++)
		if (visible(pos, p->link_row[i], height))
			return (int)i;
	return -1;
}

int
page_nth_visible_link(const struct page *p, const struct pos *pos, int height, int n)
{
	int first = page_first_visible_link(p, pos, height);

	if (first < 0 || n < 1 || first + n - 1 >= (int)p->nlinks)
		return -1;
	return visible(pos, p->link_row[first + n - 1], height) ? first + n - 1 : -1;
}

int
page_find(const struct page *p, const struct text_tokens *t, int from, int dir)
{
	for (int r = from + dir; r >= 0 && r < (int)p->nrows; r += dir) {
		const struct row *row = &p->rows[r];
		struct text_span span;

		if (text_match(row->text, strlen(row->text), t, &span, 1) ||
		    (row->note && text_match(row->note, strlen(row->note), t, &span, 1)))
			return r;
	}
	return -1;
}

int
page_row_of_block(const struct page *p, int block)
{
	for (size_t i = 0; i < p->nrows; i++)
		if (p->rows[i].block >= block)
			return (int)i;
	return p->nrows ? (int)p->nrows - 1 : 0;
}

/* Scroll by `delta` rows; a selection that leaves the screen moves onto
 * the nearest link still visible, as in lynx, so the cursor never hides. */
static void
scroll_by(const struct page *p, struct pos *pos, int delta, int height)
{
	pos->top += delta;
	if (pos->top > max_top(p, height))
		pos->top = max_top(p, height);
	if (pos->top < 0)
		pos->top = 0;
	if (pos->sel >= 0 && !visible(pos, p->link_row[pos->sel], height)) {
		int first = page_first_visible_link(p, pos, height);

		if (first >= 0 && delta < 0) {
			while (first + 1 < (int)p->nlinks && visible(pos, p->link_row[first + 1], height))
				first++;
		}
		if (first >= 0)
			pos->sel = first;
	}
}

/* Down/up: the next link if it is on screen, else scroll one line. */
static void
step(const struct page *p, struct pos *pos, int dir, int height)
{
	int next = pos->sel + dir;

	if (pos->sel < 0)
		next = dir > 0 ? page_first_visible_link(p, pos, height) : -1;
	if (next >= 0 && next < (int)p->nlinks) {
		int row = p->link_row[next];

		if (visible(pos, row, height) || (dir > 0 ? row == pos->top + height : row == pos->top - 1)) {
			pos->sel = next;
			page_clamp(p, pos, height);
			return;
		}
	}
	scroll_by(p, pos, dir, height);
}

int
page_move(const struct page *p, struct pos *pos, enum action a, int height)
{
	struct pos old = *pos;
	int half = height / 2 > 0 ? height / 2 : 1;
	int full = height > 2 ? height - 1 : 1;

	switch (a) {
	case ACT_DOWN: step(p, pos, 1, height); break;
	case ACT_UP: step(p, pos, -1, height); break;
	case ACT_PGDN: scroll_by(p, pos, full, height); break;
	case ACT_PGUP: scroll_by(p, pos, -full, height); break;
	case ACT_HALFDN: scroll_by(p, pos, half, height); break;
	case ACT_HALFUP: scroll_by(p, pos, -half, height); break;
	case ACT_TOP:
		pos->top = 0;
		pos->sel = p->nlinks ? 0 : -1;
		page_clamp(p, pos, height);
		pos->top = 0;
		break;
	case ACT_BOTTOM:
		pos->top = max_top(p, height);
		pos->sel = (int)p->nlinks - 1;
		break;
	case ACT_NEXTLINK:
	case ACT_PREVLINK:
		if (p->nlinks) {
			int n = (int)p->nlinks;

			pos->sel = (pos->sel + (a == ACT_NEXTLINK ? 1 : n - 1) + (pos->sel < 0 && a == ACT_PREVLINK)) % n;
			page_clamp(p, pos, height);
		}
		break;
	default:
		return 0;
	}
	return pos->top != old.top || pos->sel != old.sel;
}
