/* target.h: where a link leads: a view and what it is of, small enough to copy into history. */
#ifndef TEKDIP_TARGET_H
#define TEKDIP_TARGET_H

#include <stdint.h>

enum view_type {
	V_HOME, V_KIND, V_LIST, V_CONCEPT, V_HELP, V_HISTORY, V_BOOKMARKS, V_SEARCH,
	V_LINKS, V_BACKLINKS, V_LISTS, V_ARTICLE,
	V_BASKET,
	V_TIMELINE,
	V_COMPARE,	/* key: two concepts' slugs, a tab between them */
	V_MAP,
	V_COUNT
};

#define SLUG_MAX 128

struct target {
	enum view_type view;
	/* V_KIND: the kind's slug; V_LIST, V_CONCEPT, V_LINKS, V_BACKLINKS:
	 * the list's or concept's slug; V_ARTICLE: the article's slug;
	 * V_SEARCH: the query; "" otherwise */
	char key[SLUG_MAX];
	union {
		int page;	/* V_SEARCH, V_TIMELINE: the page, from 0 */
		int relation;	/* V_LINKS, V_BACKLINKS: the relation's number */
		int64_t passage;	/* V_ARTICLE: the citation to open at (a link's
				 * quote: minus its id), 0 for the top; V_CONCEPT
				 * from an article's text: the passage it is at */
		int depth;	/* V_MAP (key: a concept's or list's slug): 1-3, 0 for 1 */
	};
};

struct target target_make(enum view_type view, const char *key);
/* Same view, key and page (or relation: they share their storage). */
int target_equal(const struct target *a, const struct target *b);

#endif
