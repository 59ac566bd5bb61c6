/* page.c: building pages of rows, and the movement rules over them. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"
#include "text.h"
#include "vec.h"

/* Columns left of every row: the selection marker and a space. */
#define GUTTER 2

void
page_init(struct page *p, size_t width)
{
	memset(p, 0, sizeof *p);
	p->width = width ? width : 1;
	p->crumb = "";
	p->cell_row = -1;
	p->anchor = -1;
}

void
page_free(struct page *p)
{
	free(p->rows);
	free(p->links);
	free(p->spans);
	arena_free(&p->mem);
	memset(p, 0, sizeof *p);
}

void
page_block(struct page *p)
{
	p->block++;
}

static struct row *
add_row(struct page *p, enum row_style style, int indent, const char *text)
{
	struct row *v = vec_reserve(p->rows, &p->rowcap, p->nrows + 1, sizeof *p->rows);

	if (!v) {
		p->mem.failed = 1;
		return NULL;
	}
	p->rows = v;
	v[p->nrows] = (struct row){ .text = text ? text : "", .indent = indent,
	    .style = style, .link = -1, .block = p->block };
	return &v[p->nrows++];
}

/* A new link to `to` at `span`; its index, or -1 when memory ran out. */
static int
add_link(struct page *p, const struct target *to, struct link_span span)
{
	size_t cap = p->linkcap;
	struct link_span *s = vec_reserve(p->spans, &cap, p->nlinks + 1, sizeof *s);
	struct target *t;

	/* links and spans grow together: vec_reserve changes cap only on success */
	if (s)
		p->spans = s;
	if (!s || (t = vec_reserve(p->links, &p->linkcap, p->nlinks + 1, sizeof *t)) == NULL) {
		p->mem.failed = 1;
		return -1;
	}
	p->links = t;
	t[p->nlinks] = *to;
	p->spans[p->nlinks] = span;
	if (p->rows[span.row].link < 0)
		p->rows[span.row].link = (int)p->nlinks;
	p->rows[span.row].nlinks++;
	return (int)p->nlinks++;
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
		char *line = arena_strndup(&p->mem, s + lines[i].off, lines[i].len);

		if (!line)
			break;
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
	if ((r = add_row(p, style, indent, arena_keep(&p->mem, s))) != NULL)
		r->note = arena_keep(&p->mem, note);
}

void
page_blank(struct page *p)
{
	/* never two blanks in a row, nor one at the top */
	if (p->nrows && *p->rows[p->nrows - 1].text)
		page_row(p, R_TEXT, 0, "", NULL);
}

/* Columns of a leading "12. " (a list's number), or 0. */
static int
number_lead(const char *s)
{
	size_t n = strspn(s, "0123456789");

	return n && s[n] == '.' && s[n + 1] == ' ' ? (int)n + 2 : 0;
}

/* The lines of a name too long for its row, after its first: under the
 * text after a list's number, else two columns in, and part of the link. */
static void
link_lines(struct page *p, int indent, const char *s, int link)
{
	struct text_line *lines = NULL;
	int hang = number_lead(s) ? number_lead(s) : 2;
	size_t room = p->width > (size_t)(indent + hang) + 8 ? p->width - (size_t)(indent + hang) : 8;
	long n = text_wrap(s, strlen(s), room, &lines);
	struct row *r;

	if (n < 0)
		p->mem.failed = 1;
	for (long i = 0; i < n; i++) {
		char *line = arena_strndup(&p->mem, s + lines[i].off, lines[i].len);

		if (!line)
			break;
		if (i == 0) {
			p->rows[p->nrows - 1].text = line;
		} else if ((r = add_row(p, R_LINK, indent + hang, line)) != NULL) {
			r->link = link;
		}
	}
	free(lines);
}

/* A name wider than the page is wrapped, never cut to a letter; the note
 * goes after its last line (the drawing cuts or drops a note that does
 * not fit). */
void
page_link(struct page *p, int indent, const char *s, const char *note, const struct target *to)
{
	struct row *r;
	int link;

	page_block(p);
	if ((r = add_row(p, R_LINK, indent, arena_keep(&p->mem, s))) == NULL)
		return;
	if ((link = add_link(p, to, (struct link_span){ (int)p->nrows - 1, 0, 0 })) < 0)
		return;
	if (text_width(s, strlen(s)) + (size_t)indent > p->width)
		link_lines(p, indent, s, link);
	p->rows[p->nrows - 1].note = arena_keep(&p->mem, note);
}

void
page_cells(struct page *p, enum row_style style, int indent)
{
	page_block(p);
	p->cell_row = add_row(p, style, indent, "") ? (int)p->nrows - 1 : -1;
}

/* The row's text with `s` placed at column `col`, past its end. */
static const char *
place_text(struct page *p, const char *line, int col, const char *s)
{
	size_t len = strlen(line), have = text_width(line, len), pad = (size_t)col - have;
	size_t slen = strlen(s);
	char *out = arena_alloc(&p->mem, len + pad + slen + 1);

	if (!out)
		return line;
	memcpy(out, line, len);
	memset(out + len, ' ', pad);
	memcpy(out + len + pad, s, slen + 1);
	return out;
}

/* A cell on the last page_cells row, at `col` or, when that would
 * overlap the cell before, `gap` columns after it; NULL when there is no
 * such row or memory ran out. */
static struct cell *
add_cell(struct page *p, int col, int width, enum row_style style, const char *s, int gap)
{
	struct row *r = p->cell_row >= 0 && p->cell_row == (int)p->nrows - 1
	    ? &p->rows[p->cell_row] : NULL;
	int end = r ? (int)text_width(r->text, strlen(r->text)) : 0;
	char *text;
	struct cell *c;

	if (!r || width < 1)
		return NULL;
	gap = r->ncells > 0 ? gap : 0;
	if (col < end + gap)
		col = end + gap;
	if ((text = text_truncate(s, strlen(s), (size_t)width)) == NULL ||
	    (c = VEC_PUSH(&p->mem, r->cells, r->ncells, r->cellcap)) == NULL) {
		free(text);
		p->mem.failed = 1;
		return NULL;
	}
	*c = (struct cell){ col, (int)text_width(text, strlen(text)), arena_keep(&p->mem, text), style, -1 };
	free(text);
	if (!c->text)
		return NULL;
	r->text = place_text(p, r->text, col, c->text);
	return c;
}

/* The last cell a new link to `to`, its span where the cell is. */
static int
cell_link(struct page *p, struct cell *c, const struct target *to)
{
	struct row *r = &p->rows[p->nrows - 1];

	return c->link = add_link(p, to, (struct link_span){ (int)p->nrows - 1,
	    GUTTER + r->indent + c->col, c->width > 0 ? c->width : 1 });
}

void
page_cell(struct page *p, int col, int width, enum row_style style, const char *s,
    const struct target *to)
{
	struct cell *c = add_cell(p, col, width, style, s, 1);

	if (c && to)
		cell_link(p, c, to);
}

void
page_cell_link(struct page *p, int col, int width, enum row_style style, const char *s,
    int link)
{
	struct cell *c = add_cell(p, col, width, style, s, 0);

	if (c && link >= 0 && link < (int)p->nlinks)
		c->link = link;
}

int
page_cell_new_link(struct page *p, const struct target *to)
{
	struct row *r = p->cell_row >= 0 && p->cell_row == (int)p->nrows - 1
	    ? &p->rows[p->cell_row] : NULL;

	if (!r || !r->ncells || r->cells[r->ncells - 1].link >= 0)
		return -1;
	return cell_link(p, &r->cells[r->ncells - 1], to);
}

int
page_row_has_link(const struct page *p, int row, int link)
{
	const struct row *r;

	if (row < 0 || row >= (int)p->nrows || link < 0)
		return 0;
	r = &p->rows[row];
	if (!r->cells)
		return r->link == link;
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].link == link)
			return 1;
	return 0;
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
target_make(enum view_type view, const char *key)
{
	struct target t = { .view = view };

	if (key)
		snprintf(t.key, sizeof t.key, "%s", key);
	return t;
}

int
page_link_row(const struct page *p, int link)
{
	return link >= 0 && link < (int)p->nlinks ? p->spans[link].row : -1;
}

int
page_link_at(const struct page *p, int row, int col)
{
	const struct row *r;

	if (row < 0 || row >= (int)p->nrows)
		return -1;
	r = &p->rows[row];
	for (size_t i = 0; i < r->ncells; i++) {
		const struct cell *c = &r->cells[i];
		int x = GUTTER + r->indent + c->col;

		/* a cell of a passage wrapped onto this row has no span here */
		if (c->link >= 0 && col >= x && col < x + (c->width > 0 ? c->width : 1))
			return c->link;
	}
	if (r->cells || r->link < 0)
		return -1;
	if (r->nlinks == 0)
		return r->link;		/* a wrapped name's or passage's next line */
	for (int i = r->link; i < r->link + r->nlinks; i++) {
		const struct link_span *s = &p->spans[i];

		if (s->width == 0 || (col >= s->col && col < s->col + s->width))
			return i;
	}
	return -1;
}

int
target_equal(const struct target *a, const struct target *b)
{
	return a->view == b->view && strcmp(a->key, b->key) == 0 && a->page == b->page;
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
		int row = p->spans[pos->sel].row, last = row;

		/* the whole of a wrapped name or passage, when it fits */
		while (last + 1 < (int)p->nrows && last + 1 - row < height &&
		    (p->rows[last + 1].cells ? page_row_has_link(p, last + 1, pos->sel)
		    : p->rows[last + 1].link == pos->sel && p->rows[last + 1].nlinks == 0))
			last++;
		if (row < pos->top)
			pos->top = row;
		else if (last >= pos->top + height)
			pos->top = last - height + 1;
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
		if (visible(pos, p->spans[i].row, height))
			return (int)i;
	return -1;
}

int
page_nth_visible_link(const struct page *p, const struct pos *pos, int height, int n)
{
	int first = page_first_visible_link(p, pos, height);

	if (first < 0 || n < 1 || first + n - 1 >= (int)p->nlinks)
		return -1;
	return visible(pos, p->spans[first + n - 1].row, height) ? first + n - 1 : -1;
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
	if (pos->sel >= 0 && !visible(pos, p->spans[pos->sel].row, height)) {
		int first = page_first_visible_link(p, pos, height);

		if (first >= 0 && delta < 0) {
			while (first + 1 < (int)p->nlinks && visible(pos, p->spans[first + 1].row, height))
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
		int row = p->spans[next].row;

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

void
page_link_continues(struct page *p)
{
	int link = (int)p->nlinks - 1;

	if (link < 0)
		return;
	for (size_t r = (size_t)page_link_row(p, link) + 1; r < p->nrows; r++)
		if (p->rows[r].link < 0)
			p->rows[r].link = link;
}
