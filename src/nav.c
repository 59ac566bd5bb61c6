/* nav.c: a bounded back/forward list, like a web browser's. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "nav.h"
#include "vec.h"

void
nav_free(struct nav *nav)
{
	free(nav->v);
	memset(nav, 0, sizeof *nav);
}

int
nav_push(struct nav *nav, const struct target *t)
{
	struct nav_entry *v;

	if (nav->n)
		nav->n = nav->cur + 1;
	if (nav->n == NAV_MAX) {
		memmove(nav->v, nav->v + 1, (NAV_MAX - 1) * sizeof *nav->v);
		nav->n--;
	}
	if ((v = vec_reserve(nav->v, &nav->cap, nav->n + 1, sizeof *v)) == NULL)
		return -1;
	nav->v = v;
	nav->v[nav->n] = (struct nav_entry){ *t, { 0, -1 }, 0 };
	nav->cur = nav->n++;
	return 0;
}

struct nav_entry *
nav_current(struct nav *nav)
{
	return nav->n ? &nav->v[nav->cur] : NULL;
}

int
nav_back(struct nav *nav)
{
	if (!nav->n || nav->cur == 0)
		return -1;
	nav->cur--;
	return 0;
}

int
nav_forward(struct nav *nav)
{
	if (nav->cur + 1 >= nav->n)
		return -1;
	nav->cur++;
	return 0;
}
