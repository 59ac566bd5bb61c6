/* prompt.c: readline-like editing of a short UTF-8 line, by byte offsets on character boundaries. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "prompt.h"
#include "text.h"

void
prompt_start(struct prompt *p)
{
	memset(p, 0, sizeof *p);
	p->recall = -1;
}

static void
cut(struct prompt *p, size_t from, size_t to)
{
	memmove(p->text + from, p->text + to, p->len - to + 1);
	p->len -= to - from;
	p->cur = from;
}

static int
insert(struct prompt *p, int key)
{
	char u[4];
	size_t n = key < 0 ? 0 : text_encode((unsigned long)key, u);

	if (n == 0 || p->len + n > PROMPT_MAX)
		return -1;
	memmove(p->text + p->cur + n, p->text + p->cur, p->len - p->cur + 1);
	memcpy(p->text + p->cur, u, n);
	p->len += n;
	p->cur += n;
	return 1;
}

static void
set_text(struct prompt *p, const char *s)
{
	snprintf(p->text, sizeof p->text, "%s", s);
	p->len = p->cur = strlen(p->text);
}

void
prompt_set(struct prompt *p, const char *s)
{
	prompt_start(p);
	set_text(p, s);
}

/* Up and Down walk the recall list; past the newest is the typed line. */
static int
recall(struct prompt *p, int dir, const struct state_list *l)
{
	long next = p->recall + dir;

	if (!l || next < -1 || next >= (long)l->n)
		return 0;
	if (p->recall == -1)
		snprintf(p->typed, sizeof p->typed, "%s", p->text);
	p->recall = next;
	set_text(p, next == -1 ? p->typed : l->v[next]);
	return 1;
}

static size_t
word_start(const struct prompt *p)
{
	size_t i = p->cur;

	while (i > 0 && p->text[i - 1] == ' ')
		i--;
	while (i > 0 && p->text[i - 1] != ' ')
		i--;
	return i;
}

int
prompt_edit(struct prompt *p, enum action a, int key, const struct state_list *l)
{
	size_t old = p->len;

	switch (a) {
	case ACT_NONE: return insert(p, key);
	case ACT_P_LEFT: p->cur = text_prev_char(p->text, p->len, p->cur); return 0;
	case ACT_P_RIGHT: p->cur = text_next_char(p->text, p->len, p->cur); return 0;
	case ACT_P_START: p->cur = 0; return 0;
	case ACT_P_END: p->cur = p->len; return 0;
	case ACT_P_BACKSPACE:
		if (p->cur > 0)
			cut(p, text_prev_char(p->text, p->len, p->cur), p->cur);
		break;
	case ACT_P_KILL: cut(p, 0, p->cur); break;
	case ACT_P_WORD: cut(p, word_start(p), p->cur); break;
	case ACT_P_OLDER: return recall(p, 1, l);
	case ACT_P_NEWER: return recall(p, -1, l);
	default: return 0;
	}
	return p->len != old;
}

size_t
prompt_cursor_col(const struct prompt *p)
{
	return text_width(p->text, p->cur);
}
