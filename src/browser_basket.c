/* browser_basket.c: the briefing basket's keys: a adds, and on A's page K, J, d, D and w reorder, remove, clear and write, asking on the status line. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browser.h"
#include "i18n.h"

int
basket_ensure(struct browser *b)
{
	char *err = NULL;

	if (b->ctx.basket)
		return 0;
	b->ctx.basket = &b->basket;
	if (basket_load(&b->basket, &b->state, &err) < 0 && err) {
		browser_notice_take(b, err, NULL);
		return 1;
	}
	free(err);
	return 0;
}

static int
on_basket(const struct browser *b)
{
	return b->nav.n && b->nav.v[b->nav.cur].t.view == V_BASKET;
}

static void
toggle(struct browser *b)
{
	const char *slug = browser_current_item(b);
	char item[SLUG_MAX], done[SLUG_MAX + 64], *err = NULL;
	int added = 0, damaged;

	if (!slug) {
		browser_notice(b, "%s", _("Nothing to add here: open or select a concept or list."));
		return;
	}
	snprintf(item, sizeof item, "%s", slug);	/* the page it is on may go */
	damaged = basket_ensure(b);
	basket_toggle(&b->basket, &b->state, item, &added, &err);
	snprintf(done, sizeof done, added ? _("%s added, %zu in basket") : _("%s removed, %zu in basket"),
	    item, b->basket.items.n);
	if (on_basket(b))
		browser_reload(b, -1);
	if (damaged)		/* its first use: what the file lost is news first */
		free(err);
	else
		browser_notice_take(b, err, done);
}

/* The basket's item selected on its page (one link an item), or -1. */
static int
selected_item(struct browser *b)
{
	if (b->pos.sel < 0 || (size_t)b->pos.sel >= b->basket.items.n) {
		browser_notice(b, "%s", _("The basket is empty: a on a concept or list adds it."));
		return -1;
	}
	return b->pos.sel;
}

static void
move(struct browser *b, int dir)
{
	int i = selected_item(b), rc;
	char *err = NULL;

	if (i < 0)
		return;
	if ((rc = basket_move(&b->basket, &b->state, (size_t)i, dir, &err)) == 1) {
		browser_notice(b, "%s", dir < 0 ? _("Already the first item.")
		    : _("Already the last item."));
		return;
	}
	browser_reload(b, i + dir);
	browser_notice_take(b, err, dir < 0 ? _("Moved up.") : _("Moved down."));
}

static void
remove_item(struct browser *b)
{
	int i = selected_item(b);
	char item[SLUG_MAX], done[SLUG_MAX + 64], *err = NULL;

	if (i < 0)
		return;
	snprintf(item, sizeof item, "%s", b->basket.items.v[i]);
	basket_remove(&b->basket, &b->state, (size_t)i, &err);
	snprintf(done, sizeof done, _("%s removed, %zu in basket"), item, b->basket.items.n);
	browser_reload(b, (size_t)i < b->basket.items.n ? i : i - 1);
	browser_notice_take(b, err, done);
}

static void
ask(struct browser *b, enum basket_ask what, const char *question)
{
	b->asking = what;
	snprintf(b->question, sizeof b->question, "%s", question);
}

static void
ask_clear(struct browser *b)
{
	char q[128];

	if (b->basket.items.n == 0) {
		browser_notice(b, "%s", _("The basket is empty already."));
		return;
	}
	snprintf(q, sizeof q, _("Empty the basket of its %zu items? (y/n) "), b->basket.items.n);
	ask(b, ASK_CLEAR, q);
}

static void
ask_file(struct browser *b)
{
	char name[64];

	if (b->basket.items.n == 0) {
		browser_notice(b, "%s", _("The basket is empty: nothing to write."));
		return;
	}
	basket_default_name(name, sizeof name);
	prompt_set(&b->prompt, name);
	ask(b, ASK_FILE, _("Write the briefing to: "));
}

void
basket_do(struct browser *b, enum action a)
{
	if (a == ACT_BASKET_ADD) {
		toggle(b);
		return;
	}
	if (!on_basket(b)) {
		browser_notice(b, "%s", _("Press A for the basket first."));
		return;
	}
	switch (a) {
	case ACT_BASKET_EARLIER: move(b, -1); break;
	case ACT_BASKET_LATER: move(b, 1); break;
	case ACT_BASKET_REMOVE: remove_item(b); break;
	case ACT_BASKET_CLEAR: ask_clear(b); break;
	case ACT_BASKET_WRITE: ask_file(b); break;
	default: break;
	}
}

/* Write to the name in the prompt; a file there is replaced only after a y. */
static void
write_to(struct browser *b, int replace)
{
	const char *path = b->prompt.text;
	char q[PROMPT_MAX + 64], *err = NULL;
	int rc;

	if (*path == '\0') {
		b->asking = ASK_NONE;
		browser_notice(b, "%s", _("Not written: no file name."));
		return;
	}
	rc = basket_write(b->ctx.st, &b->basket, path, replace, &err);
	if (rc == 1) {
		snprintf(q, sizeof q, _("%s exists: replace it? (y/n) "), path);
		ask(b, ASK_REPLACE, q);
		return;
	}
	b->asking = ASK_NONE;
	if (rc == 0)
		browser_notice(b, _("Briefing written to %s"), path);
	else
		browser_notice_take(b, err, _("Not written."));
}

static void
answer_file(struct browser *b, int key)
{
	enum action a = action_for_key(KM_PROMPT, key);

	switch (a) {
	case ACT_P_ACCEPT: write_to(b, 0); return;
	case ACT_P_LEAVE: case ACT_P_CANCEL:
		b->asking = ASK_NONE;
		browser_notice(b, "%s", _("Not written."));
		return;
	case ACT_P_NEXT: case ACT_P_PREV: case ACT_P_PGDN: case ACT_P_PGUP:
	case ACT_P_OLDER: case ACT_P_NEWER:
		return;
	default:
		if (prompt_edit(&b->prompt, a, key, NULL) < 0)
			browser_notice(b, _("A file name here holds up to %d bytes."),
			    PROMPT_MAX);
		return;
	}
}

void
basket_answer(struct browser *b, int key)
{
	int yes = key == 'y' || key == 'Y';
	char *err = NULL;

	b->notice[0] = '\0';
	switch (b->asking) {
	case ASK_FILE: answer_file(b, key); return;
	case ASK_REPLACE:
		if (yes) {
			write_to(b, 1);
			return;
		}
		browser_notice(b, _("Not written: %s is kept as it was."), b->prompt.text);
		break;
	case ASK_CLEAR:
		if (!yes) {
			browser_notice(b, "%s", _("The basket is kept."));
			break;
		}
		basket_clear(&b->basket, &b->state, &err);
		browser_reload(b, -1);
		browser_notice_take(b, err, _("The basket is empty now."));
		break;
	case ASK_NONE: break;
	}
	b->asking = ASK_NONE;
}
