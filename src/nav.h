/* nav.h: back/forward history of views, with where the reader was in each. */
#ifndef TEKDIP_NAV_H
#define TEKDIP_NAV_H

#include <stddef.h>

#include "page.h"

#define NAV_MAX 256	/* the oldest entries go first */

struct nav_entry {
	struct target t;
	struct pos pos;
	int top_block;		/* survives a rebuild at another width */
};

struct nav {
	struct nav_entry *v;
	size_t n, cur, cap;	/* v[cur] is shown; v[cur+1..n) is the forward list */
};

void nav_free(struct nav *nav);
/* Show `t` next: the forward list is dropped.  -1 when out of memory. */
int nav_push(struct nav *nav, const struct target *t);
/* The entry shown, or NULL before the first push. */
struct nav_entry *nav_current(struct nav *nav);
/* Step back or forward; 0 when moved, -1 at the end. */
int nav_back(struct nav *nav);
int nav_forward(struct nav *nav);

#endif
