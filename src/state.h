/* state.h: bookmarks, visited history and search queries kept between runs under $XDG_DATA_HOME/tekdip/. */
#ifndef TEKDIP_STATE_H
#define TEKDIP_STATE_H

#include <stddef.h>

#define STATE_SLUG_MAX 100		/* longer, or not [a-z0-9-], is never kept */
#define STATE_MAX_BOOKMARKS 1000	/* what a file read keeps, so never more */
#define STATE_MAX_HISTORY 200		/* oldest visits drop off the end */
#define STATE_QUERY_MAX 120		/* bytes of UTF-8, once trimmed */
#define STATE_MAX_QUERIES 100		/* oldest searches drop off the end */
#define STATE_LOCK_WAIT_MS 1000	/* then the session goes on unsaved */

/*
 * Every save takes DIR/.lock, re-reads the file and applies the one change
 * to what is on disk, so several running browsers merge instead of losing
 * each other's bookmarks.  A failed save still changes the lists in memory:
 * the browser goes on working for the session and shows *err as a notice.
 *
 * *err, when err is not NULL, gets a malloc'd one-line reason on -1 (NULL if
 * even that allocation failed) and NULL on 0; the caller frees it.
 */

struct state_list {
	char **v;		/* concept slugs, or search queries */
	size_t n, cap;
};

struct state {
	char *dir;		/* NULL: memory only */
	struct state_list bookmarks;	/* in the order added */
	struct state_list history;	/* newest first, no duplicates */
	struct state_list queries;	/* searches: newest first, no duplicates */
};

/* Resolve the directory from the environment and read the three files
 * (bookmarks, history, searches); creates nothing.  *s need not be
 * initialised, and is usable even after -1. */
int state_load(struct state *s, char **err);
/* Safe on a zeroed or already freed state; leaves it zeroed (memory only). */
void state_free(struct state *s);
/* As this session sees it: its own changes, not other instances' since load. */
int state_is_bookmarked(const struct state *s, const char *slug);
/* Add or remove a bookmark; *marked (if not NULL) says which it is now. */
int state_toggle_bookmark(struct state *s, const char *slug, int *marked, char **err);
/* Record a visit: the slug moves to the front of the history. */
int state_visit(struct state *s, const char *slug, char **err);
/* Forget every visit, here and on disk. */
int state_clear_history(struct state *s, char **err);
/* Remember a search, for recall with Up/Down: spaces at either end are
 * trimmed, and the query moves to the front of s->queries.  Refused (-1,
 * nothing changed) when the rest is empty, longer than STATE_QUERY_MAX
 * bytes, not valid UTF-8, or holds a control character (C0, DEL or C1). */
int state_add_query(struct state *s, const char *query, char **err);

/* Replace the file `name` of the state directory by `len` bytes of `text`,
 * atomically (a rename), as the lists are saved: the clipboard file. */
int state_write_file(const struct state *s, const char *name, const char *text, size_t len,
    char **err);

/* Write `len` bytes of `text` to `path` atomically: a temporary file in its
 * directory, renamed over it when `replace`, else never replacing an
 * existing file (-1 with EEXIST then).  0, or -1 with errno: a briefing. */
int state_write_path(const char *path, const char *text, size_t len, int replace);

/* A list of slugs another module keeps as the file `name` of the state
 * directory (the basket), at most `max` of them, read and changed as the
 * bookmarks are: each change re-read and applied under the lock, written
 * atomically, a damaged file moved aside with a notice in *err. */
enum state_op { STATE_ADD, STATE_REMOVE, STATE_EARLIER, STATE_LATER, STATE_CLEAR };
/* *l need not be initialised; nothing is read for a memory-only state. */
int state_slugs_load(const struct state *s, const char *name, size_t max, struct state_list *l,
    char **err);
/* One change to *l and the file: STATE_EARLIER and STATE_LATER swap `slug`
 * with its neighbour; `slug` is NULL for STATE_CLEAR. */
int state_slugs_change(struct state *s, const char *name, size_t max, struct state_list *l,
    enum state_op op, const char *slug, char **err);
void state_list_free(struct state_list *l);

/* Remove the temporary file of a save under way, if any: for a fatal
 * signal's handler, so async-signal-safe (one unlink). */
void state_remove_temp(void);

#endif
