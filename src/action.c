/* action.c: the action table that dispatches keys and writes the help. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "action.h"
#include "i18n.h"

/* Default to less keys, with lynx/info keys for links; digits are one
 * action so the help shows "1-9" once. */
const struct action_def action_table[] = {
	{ ACT_DOWN, G_MOVE, "down", N_("next link, or scroll one line"), { 'j', K_DOWN, K_CTRL('n') } },
	{ ACT_UP, G_MOVE, "up", N_("previous link, or scroll back one line"), { 'k', K_UP, K_CTRL('p') } },
	{ ACT_PGDN, G_MOVE, "page-down", N_("forward one screen"), { ' ', K_PGDN, 'f', K_CTRL('f') } },
	{ ACT_PGUP, G_MOVE, "page-up", N_("back one screen"), { 'b', K_PGUP, K_CTRL('b') } },
	{ ACT_HALFDN, G_MOVE, "half-down", N_("forward half a screen"), { 'd', K_CTRL('d') } },
	{ ACT_HALFUP, G_MOVE, "half-up", N_("back half a screen"), { 'u', K_CTRL('u') } },
	{ ACT_TOP, G_MOVE, "top", N_("first line"), { 'g', K_HOME, '<' } },
	{ ACT_BOTTOM, G_MOVE, "bottom", N_("last line"), { 'G', K_END, '>' } },
	{ ACT_NEXTLINK, G_LINKS, "next-link", N_("next link, wherever it is"), { K_TAB } },
	{ ACT_PREVLINK, G_LINKS, "previous-link", N_("previous link"), { K_BTAB } },
	{ ACT_FOLLOW, G_LINKS, "follow", N_("open the selected link"), { K_ENTER, K_RIGHT, 'l' } },
	{ ACT_FOLLOW_NTH, G_LINKS, "follow-number", N_("open the nth link on screen"), { '1', '2', '3', '4' } },
	{ ACT_LIST_PREV, G_LINKS, "list-previous", N_("on a list's item: the item before it in the list"), { '{' } },
	{ ACT_LIST_NEXT, G_LINKS, "list-next", N_("on a list's item: the item after it in the list"), { '}' } },
	{ ACT_BACK, G_HISTORY, "back", N_("back to the previous view"), { K_LEFT, K_BACKSPACE, '[', 'h' } },
	{ ACT_FORWARD, G_HISTORY, "forward", N_("forward again"), { ']' } },
	{ ACT_HOME, G_HISTORY, "home", N_("the home view"), { 't' } },
	{ ACT_HISTORY, G_HISTORY, "history", N_("concepts visited, newest first"), { 'H' } },
	{ ACT_BOOKMARK, G_MARKS, "bookmark", N_("bookmark the concept or list (again: remove)"), { 'm' } },
	{ ACT_BOOKMARKS, G_MARKS, "bookmarks", N_("list the bookmarks"), { 'B' } },
	{ ACT_EVIDENCE, G_LINKS, "evidence", N_("each link's quote beneath it (again: hide)"), { 'e' } },
	{ ACT_COPY, G_LINKS, "copy-citation", N_("copy the selected passage as a citation"), { 'y' } },
	{ ACT_SEARCH, G_SEARCH, "search", N_("search every concept, as you type"), { '/' } },
	{ ACT_NEXT_MATCH, G_SEARCH, "next-match", N_("next search match; in an article: next passage"), { 'n' } },
	{ ACT_PREV_MATCH, G_SEARCH, "previous-match", N_("previous search match, or previous passage"), { 'N' } },
	{ ACT_HELP, G_OTHER, "help", N_("this help"), { '?', K_F1 } },
	{ ACT_SUMMARY_LANG, G_OTHER, "summary-language", N_("summaries in the other language"), { 'L' } },
	{ ACT_REDRAW, G_OTHER, "redraw", N_("redraw the screen"), { K_CTRL('l') } },
	{ ACT_QUIT_BACK, G_OTHER, "quit-or-back", N_("back; quit from the first view"), { 'q' } },
	{ ACT_QUIT, G_OTHER, "quit", N_("quit at once"), { 'Q' } },
	{ ACT_NUMBERS, G_LINKS, "link-numbers", N_("number the links 1-9 open (again: hide)"), { '#' } },
	{ ACT_PREVIEW, G_OTHER, "preview", N_("hide a list's preview (again: show)"), { 'v' } },
	{ ACT_PREVIEW_DOWN, G_MOVE, "preview-down", N_("scroll the preview forward one line"), { 'J' } },
	{ ACT_PREVIEW_UP, G_MOVE, "preview-up", N_("scroll the preview back one line"), { 'K' } },
	{ ACT_BASKET_ADD, G_BASKET, "basket-add", N_("put the concept or list in the basket (again: out)"), { 'a' } },
	{ ACT_BASKET, G_BASKET, "basket", N_("the briefing basket, to reorder and write"), { 'A' } },
	{ ACT_BASKET_EARLIER, G_BASKET_PAGE, "basket-earlier", N_("in the basket: move the selected item up"), { 'K' } },
	{ ACT_BASKET_LATER, G_BASKET_PAGE, "basket-later", N_("in the basket: move the selected item down"), { 'J' } },
	{ ACT_BASKET_REMOVE, G_BASKET_PAGE, "basket-remove", N_("in the basket: remove the selected item"), { 'd' } },
	{ ACT_BASKET_CLEAR, G_BASKET_PAGE, "basket-clear", N_("in the basket: empty it, after a y to confirm"), { 'D' } },
	{ ACT_BASKET_WRITE, G_BASKET_PAGE, "basket-write", N_("in the basket: write the briefing to a file"), { 'w' } },
	{ ACT_COMPARE, G_LINKS, "compare", N_("mark for comparison; on another: side by side"), { 'c' } },
	{ ACT_MAP, G_LINKS, "map", N_("map of the concept or list: its links in boxes"), { 'M' } },
	{ ACT_MAP_DEEPER, G_LINKS, "map-deeper", N_("in a map: one step further out (up to 3)"), { '+', '=' } },
	{ ACT_MAP_SHALLOWER, G_LINKS, "map-shallower", N_("in a map: one step less"), { '-' } },
	{ ACT_OPEN_PAGE, G_LINKS, "open-page", N_("in a map: open the selected box's page"), { 'o' } },
	{ ACT_PRESENT, G_OTHER, "present", N_("present the list, concept or results as slides"), { 'p' } },
	{ ACT_P_ACCEPT, G_PROMPT, "prompt-open", N_("open the selected result"), { K_ENTER } },
	{ ACT_P_LEAVE, G_PROMPT, "prompt-leave", N_("leave the prompt; the results stay as a view"), { K_ESC } },
	{ ACT_P_CANCEL, G_PROMPT, "prompt-cancel", N_("back to where you were"), { K_CTRL('g') } },
	{ ACT_P_NEXT, G_PROMPT, "prompt-next", N_("select the next result"), { K_DOWN, K_TAB, K_CTRL('n') } },
	{ ACT_P_PREV, G_PROMPT, "prompt-previous", N_("select the previous result"), { K_UP, K_BTAB, K_CTRL('p') } },
	{ ACT_P_PGDN, G_PROMPT, "prompt-page-down", N_("a screen of results further"), { K_PGDN } },
	{ ACT_P_PGUP, G_PROMPT, "prompt-page-up", N_("a screen of results back"), { K_PGUP } },
	{ ACT_P_LEFT, G_PROMPT, "prompt-left", N_("cursor left"), { K_LEFT, K_CTRL('b') } },
	{ ACT_P_RIGHT, G_PROMPT, "prompt-right", N_("cursor right"), { K_RIGHT, K_CTRL('f') } },
	{ ACT_P_START, G_PROMPT, "prompt-start", N_("cursor to the start"), { K_HOME, K_CTRL('a') } },
	{ ACT_P_END, G_PROMPT, "prompt-end", N_("cursor to the end"), { K_END, K_CTRL('e') } },
	{ ACT_P_BACKSPACE, G_PROMPT, "prompt-backspace", N_("delete the character before the cursor"), { K_BACKSPACE, K_CTRL('h') } },
	{ ACT_P_KILL, G_PROMPT, "prompt-kill", N_("delete to the start of the line"), { K_CTRL('u') } },
	{ ACT_P_WORD, G_PROMPT, "prompt-word", N_("delete the word before the cursor"), { K_CTRL('w') } },
	{ ACT_P_OLDER, G_PROMPT, "prompt-older", N_("recall an earlier search"), { K_CTRL('r') } },
	{ ACT_P_NEWER, G_PROMPT, "prompt-newer", N_("recall a later search"), { K_CTRL('t') } },
	{ ACT_PR_NEXT, G_PRESENT, "slide-next", N_("reveal the summary, the quote, then the next slide"), { ' ', K_PGDN, K_RIGHT } },
	{ ACT_PR_PREV, G_PRESENT, "slide-previous", N_("the slide before"), { K_BACKSPACE, K_LEFT, K_PGUP } },
	{ ACT_PR_FIRST, G_PRESENT, "slide-first", N_("the title slide"), { 'g', K_HOME } },
	{ ACT_PR_LAST, G_PRESENT, "slide-last", N_("the last slide"), { 'G', K_END } },
	{ ACT_PR_NUMBER, G_PRESENT, "slide-number", N_("a slide's number, then Enter: go to it"), { '0', '1', '2', '3' } },
	{ ACT_PR_JUMP, G_PRESENT, "slide-go", N_("go to the number typed (without one: next)"), { K_ENTER } },
	{ ACT_PR_BLANK, G_PRESENT, "slide-blank", N_("blank the screen; any key brings it back"), { 'b' } },
	{ ACT_PR_DOWN, G_PRESENT, "slide-down", N_("scroll a slide taller than the screen"), { 'j', K_DOWN } },
	{ ACT_PR_UP, G_PRESENT, "slide-up", N_("scroll it back"), { 'k', K_UP } },
	{ ACT_PR_LANG, G_PRESENT, "slide-language", N_("summaries in the other language"), { 'L' } },
	{ ACT_PR_QUIT, G_PRESENT, "slide-end", N_("end the presentation, back where it started"), { 'q', K_ESC, 'Q' } },
};

const size_t action_count = sizeof action_table / sizeof *action_table;

const char *const action_group_names[G_COUNT] = {
	N_("Moving"), N_("Links"), N_("History"), N_("Bookmarks"), N_("Search"), N_("Other"),
	N_("In the search prompt"),
	N_("Briefing basket"),
	N_("In the basket"),
	N_("In a presentation (p, tekdip --present)"),
};

enum keymap
action_keymap(enum action_group g)
{
	return g == G_PROMPT ? KM_PROMPT : g == G_BASKET_PAGE ? KM_BASKET : g == G_PRESENT ? KM_PRESENT
	    : KM_BROWSE;
}

enum action
action_for_key(enum keymap km, int key)
{
	if (km == KM_BROWSE && key >= '1' && key <= '9')
		return ACT_FOLLOW_NTH;
	if (km == KM_PRESENT && key >= '0' && key <= '9')
		return ACT_PR_NUMBER;
	for (size_t i = 0; i < action_count; i++) {
		if (action_keymap(action_table[i].group) != km)
			continue;
		for (size_t k = 0; k < ACTION_MAXKEYS && action_table[i].keys[k]; k++)
			if (action_table[i].keys[k] == key)
				return action_table[i].action;
	}
	return km == KM_BASKET ? action_for_key(KM_BROWSE, key) : ACT_NONE;
}

static const struct {
	int key;
	const char *name;
} key_names[] = {
	{ K_UP, "Up" }, { K_DOWN, "Down" }, { K_LEFT, "Left" }, { K_RIGHT, "Right" },
	{ K_PGUP, "PgUp" }, { K_PGDN, "PgDn" }, { K_HOME, "Home" }, { K_END, "End" },
	{ K_BTAB, "Shift-Tab" }, { K_F1, "F1" }, { K_BACKSPACE, "Backspace" },
	{ K_ENTER, "Enter" }, { K_TAB, "Tab" }, { K_ESC, "Esc" }, { ' ', "Space" },
};

const char *
action_key_name(int key, char out[16])
{
	for (size_t i = 0; i < sizeof key_names / sizeof *key_names; i++)
		if (key_names[i].key == key)
			return key_names[i].name;
	if (key > 0 && key < 0x20)
		snprintf(out, 16, "Ctrl-%c", key + '@');
	else if (key > 0x20 && key < 0x7f)
		snprintf(out, 16, "%c", key);
	else
		snprintf(out, 16, "U+%04X", (unsigned)key);
	return out;
}

void
action_keys_text(const struct action_def *d, char *out, size_t size)
{
	size_t len = 0;

	out[0] = '\0';
	if (d->action == ACT_FOLLOW_NTH || d->action == ACT_PR_NUMBER) {
		snprintf(out, size, d->action == ACT_PR_NUMBER ? "0-9" : "1-9");
		return;
	}
	for (size_t k = 0; k < ACTION_MAXKEYS && d->keys[k] && len < size; k++) {
		char tmp[16];
		int n = snprintf(out + len, size - len, "%s%s", k ? ", " : "",
		    action_key_name(d->keys[k], tmp));

		if (n < 0)
			break;
		len += (size_t)n;
	}
}
