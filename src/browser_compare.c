/* browser_compare.c: c, which marks a concept and then opens it beside another. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "browser.h"
#include "i18n.h"

/* The concept c acts on: the one shown, else the one selected. */
static const char *
concept_here(const struct browser *b)
{
	const struct target *shown = &b->nav.v[b->nav.cur].t;
	const struct target *sel = b->pos.sel >= 0 ? &b->page.links[b->pos.sel] : NULL;

	if (shown->view == V_CONCEPT)
		return shown->key;
	return sel && sel->view == V_CONCEPT ? sel->key : NULL;
}

void
browser_compare(struct browser *b)
{
	const char *slug = concept_here(b);
	struct target t;

	if (!slug) {
		browser_notice(b, "%s",
		    _("Nothing to compare here: open or select a concept, then press c."));
	} else if (!*b->compare_mark) {
		snprintf(b->compare_mark, sizeof b->compare_mark, "%s", slug);
		browser_notice(b, _("Marked %s for comparison: c on another "
		    "concept shows both side by side (c here again: unmark)"), slug);
	} else if (strcmp(b->compare_mark, slug) == 0) {
		b->compare_mark[0] = '\0';
		browser_notice(b, "%s", _("No concept marked for comparison"));
	} else if (strlen(b->compare_mark) + 1 + strlen(slug) >= sizeof t.key) {
		browser_notice(b, "%s", _("These two slugs are too long to compare together."));
	} else {
		t = target_make(V_COMPARE, NULL);
		snprintf(t.key, sizeof t.key, "%s\t%s", b->compare_mark, slug);
		b->compare_mark[0] = '\0';
		browser_go(b, &t);
	}
}
