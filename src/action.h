/* action.h: every user action and the keys bound to it, in one table. */
#ifndef TEKDIP_ACTION_H
#define TEKDIP_ACTION_H

#include <stddef.h>

/*
 * Keys are Unicode code points, or the codes below for keys that have none,
 * so this table (and the help screen and man page made from it) never
 * depends on curses.  The curses layer translates its KEY_* codes.
 */
enum key {
	KEY_NONE_ = 0,
	K_UP = 0x110000, K_DOWN, K_LEFT, K_RIGHT, K_PGUP, K_PGDN,
	K_HOME, K_END, K_BTAB, K_F1, K_BACKSPACE, K_ENTER, K_TAB, K_ESC,
};

#define K_CTRL(c) ((c) & 0x1f)

enum action {
	ACT_NONE,
	ACT_DOWN, ACT_UP, ACT_PGDN, ACT_PGUP, ACT_HALFDN, ACT_HALFUP, ACT_TOP, ACT_BOTTOM,
	ACT_NEXTLINK, ACT_PREVLINK, ACT_FOLLOW, ACT_FOLLOW_NTH,
	ACT_LIST_PREV, ACT_LIST_NEXT,
	ACT_BACK, ACT_FORWARD, ACT_HOME, ACT_HISTORY,
	ACT_BOOKMARK, ACT_BOOKMARKS,
	ACT_SEARCH, ACT_NEXT_MATCH, ACT_PREV_MATCH,
	ACT_EVIDENCE, ACT_COPY,
	ACT_HELP, ACT_SUMMARY_LANG, ACT_REDRAW, ACT_QUIT_BACK, ACT_QUIT,
	/* the search prompt's own keys */
	ACT_P_ACCEPT, ACT_P_LEAVE, ACT_P_CANCEL, ACT_P_NEXT, ACT_P_PREV, ACT_P_PGDN, ACT_P_PGUP, ACT_P_LEFT, ACT_P_RIGHT,
	ACT_P_START, ACT_P_END, ACT_P_BACKSPACE, ACT_P_KILL, ACT_P_WORD, ACT_P_OLDER, ACT_P_NEWER,
	ACT_NUMBERS,
	ACT_PREVIEW,
	ACT_PREVIEW_DOWN,
	ACT_PREVIEW_UP,
	ACT_BASKET_ADD, ACT_BASKET,
	/* the basket page's own keys */
	ACT_BASKET_EARLIER, ACT_BASKET_LATER, ACT_BASKET_REMOVE, ACT_BASKET_CLEAR, ACT_BASKET_WRITE,
	ACT_COMPARE,
	ACT_MAP, ACT_MAP_DEEPER, ACT_MAP_SHALLOWER, ACT_OPEN_PAGE,
	ACT_PRESENT,
	/* a presentation's own keys */
	ACT_PR_NEXT, ACT_PR_PREV, ACT_PR_FIRST, ACT_PR_LAST, ACT_PR_NUMBER, ACT_PR_JUMP,
	ACT_PR_BLANK, ACT_PR_DOWN, ACT_PR_UP, ACT_PR_LANG, ACT_PR_QUIT,
	ACT_COUNT
};

enum action_group { G_MOVE, G_LINKS, G_HISTORY, G_MARKS, G_SEARCH, G_OTHER, G_PROMPT,
	G_BASKET, G_BASKET_PAGE,
	G_PRESENT,
	G_COUNT };

/* Keys mean one thing while browsing, another in the search prompt; the
 * basket's page has keys of its own, the others as when browsing. */
enum keymap { KM_BROWSE, KM_PROMPT,
	KM_BASKET,
	KM_PRESENT,
};

#define ACTION_MAXKEYS 4

struct action_def {
	enum action action;
	enum action_group group;
	const char *name;	/* stable identifier, shown in the man page */
	const char *help;	/* one line for the help screen */
	int keys[ACTION_MAXKEYS];	/* 0-terminated when fewer */
};

extern const struct action_def action_table[];
extern const size_t action_count;
extern const char *const action_group_names[G_COUNT];

/* The keymap a group's keys are bound in. */
enum keymap action_keymap(enum action_group g);
/* The action bound to `key` in `km`, or ACT_NONE (in the prompt, a
 * printable key with no action is text to insert). */
enum action action_for_key(enum keymap km, int key);
/* Printable name of a key ("j", "Down", "Ctrl-L", "Space"); `out` holds 16. */
const char *action_key_name(int key, char out[16]);
/* All the keys of a table entry, comma-separated, into out[size]. */
void action_keys_text(const struct action_def *d, char *out, size_t size);

#endif
