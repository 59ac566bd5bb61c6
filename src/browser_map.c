/* browser_map.c: the map's actions: M opens it, + and - change its depth, o opens a box's page. */
#include "config.h"

#include "browser.h"
#include "i18n.h"

/* M: the map of the concept or list shown, else of the one selected. */
void
browser_map(struct browser *b)
{
	const struct target *cur = &nav_current(&b->nav)->t;
	const struct target *sel = b->pos.sel >= 0 ? &b->page.links[b->pos.sel] : NULL;
	const struct target *of = cur->view == V_CONCEPT || cur->view == V_LIST ? cur
	    : sel && (sel->view == V_CONCEPT || sel->view == V_LIST || sel->view == V_MAP) ? sel : NULL;
	struct target t;

	if (cur->view == V_MAP && (!sel || sel->view != V_MAP)) {
		browser_notice(b, "%s", _("This is the map: Left goes back to the page."));
		return;
	}
	if (!of) {
		browser_notice(b, "%s",
		    _("Nothing to map here: open or select a concept or a list."));
		return;
	}
	t = target_make(V_MAP, of->key);
	t.depth = cur->view == V_MAP ? cur->depth : 1;
	browser_go(b, &t);
}

/* + and -: the same map a step further out or in, in place. */
void
browser_map_depth(struct browser *b, int step)
{
	struct target *t = &nav_current(&b->nav)->t;
	int d = (t->depth < 1 ? 1 : t->depth) + step;

	if (t->view != V_MAP) {
		browser_notice(b, "%s", _("+ and - change a map's depth: press M for a map."));
		return;
	}
	if (d < 1 || d > DOC_MAP_DEPTH_MAX) {
		browser_notice(b, _("A map's depth is 1 to %d."), DOC_MAP_DEPTH_MAX);
		return;
	}
	t->depth = d;
	browser_reload(b, -1);
	browser_notice(b, _("Depth %d"), d);
}

/* o: the page of the selected box, not its map; elsewhere as Enter. */
void
browser_map_page(struct browser *b)
{
	struct target t;

	if (b->pos.sel < 0 || b->pos.sel >= (int)b->page.nlinks) {
		browser_notice(b, "%s", _("No link there."));
		return;
	}
	if (b->page.links[b->pos.sel].view != V_MAP) {
		browser_do(b, ACT_FOLLOW, K_ENTER);
		return;
	}
	t = view_map_page(&b->ctx, &b->page.links[b->pos.sel]);
	browser_go(b, &t);
}
