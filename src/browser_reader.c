/* browser_reader.c: the article view's actions: open at a passage, the next one, copy a citation. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "browser.h"
#include "i18n.h"
#include "write.h"

/* The selected passage on screen, READER_CONTEXT lines of text above it. */
static void
show_passage(struct browser *b, int link)
{
	b->pos.sel = link;
	b->pos.top = page_link_row(&b->page, link) - READER_CONTEXT;
	page_clamp(&b->page, &b->pos, b->lay.body.h);
}

void
reader_place(struct browser *b, int64_t num)
{
	int link = -1, text;

	for (size_t i = 0; i < b->page.nlinks && link < 0; i++)
		if (b->page.links[i].view == V_CONCEPT && b->page.links[i].passage == num)
			link = (int)i;
	/* else the passage in the text that holds it (view_article found
	 * it): a citation with no link of its own, its concept named once
	 * beneath the paragraph and cited there again, or a link's quote
	 * where a citation is */
	if (link >= 0 || (link = b->page.anchor) >= 0) {
		show_passage(b, link);
		/* a concept named beneath a passage that is another's link:
		 * selected there, the passage's text above it kept in view */
		if (!b->page.rows[page_link_row(&b->page, link)].cells &&
		    (text = b->page.anchor) >= 0 && text != link) {
			b->pos.top = page_link_row(&b->page, text) - READER_CONTEXT;
			page_clamp(&b->page, &b->pos, b->lay.body.h);
		}
		return;
	}
	browser_notice(b, "%s",
	    _("That passage is not where it should be in this text: it is listed at the end."));
}

void
reader_step(struct browser *b, int dir)
{
	const struct target *cur;

	if (b->pos.sel < 0 || b->page.links[b->pos.sel].view != V_CONCEPT) {
		browser_notice(b, "%s",
		    _("Select a passage: n and N go to its concept's other passages."));
		return;
	}
	cur = &b->page.links[b->pos.sel];
	for (int i = b->pos.sel + dir; i >= 0 && i < (int)b->page.nlinks; i += dir) {
		const struct target *t = &b->page.links[i];

		if (t->view == V_CONCEPT && t->passage && strcmp(t->key, cur->key) == 0) {
			show_passage(b, i);
			return;
		}
	}
	browser_notice(b, dir > 0
	    ? _("No more passages of %s below in this article.")
	    : _("No more passages of %s above in this article."), cur->key);
}

/* The citation the selection stands for: a passage of the article view,
 * or a citation or a link's quote on a concept's page; 0 when none. */
static int64_t
selected_passage(const struct browser *b)
{
	const struct target *t;

	if (b->pos.sel < 0 || b->pos.sel >= (int)b->page.nlinks)
		return 0;
	t = &b->page.links[b->pos.sel];
	if (t->view == V_ARTICLE || (t->view == V_CONCEPT &&
	    nav_current((struct nav *)&b->nav)->t.view == V_ARTICLE))
		return t->passage;
	return 0;
}

/* The status line says where the citation went; `why` is the save's failure. */
static void
copied(struct browser *b, const char *why)
{
	const char *dir = b->state.dir ? b->state.dir : "";

	if (!why && b->osc52)
		browser_notice(b, _("Citation copied: terminal clipboard and %s/clipboard"), dir);
	else if (!why)
		browser_notice(b, _("Citation copied to %s/clipboard"), dir);
	else if (b->osc52)
		browser_notice(b, _("Citation copied to the terminal clipboard only: %s"), why);
	else
		browser_notice(b, "%s", why);
}

void
reader_copy(struct browser *b)
{
	struct store_citation c;
	struct doc_source src;
	int64_t id = selected_passage(b);
	char *memo, *err = NULL;
	int rc;

	if (!id) {
		browser_notice(b, "%s",
		    _("Select a passage or a citation: y copies it as a citation."));
		return;
	}
	if ((rc = store_citation(b->ctx.st, id, &c)) != STORE_OK) {
		browser_notice(b, "%s", rc == STORE_NOTFOUND
		    ? _("That citation is not in the database.") : store_error(b->ctx.st));
		return;
	}
	src = (struct doc_source){ c.src.slug, c.src.name, c.src.title, c.src.outlet,
		c.src.date, c.src.url };
	memo = write_cite_memo(c.quote, &src);
	store_citation_free(&c);
	if (!memo) {
		browser_notice(b, "%s", _("out of memory"));
		return;
	}
	if (state_write_file(&b->state, "clipboard", memo, strlen(memo), &err) < 0)
		copied(b, err ? err : _("out of memory"));
	else
		copied(b, NULL);
	free(err);
	free(b->clipboard);
	b->clipboard = b->osc52 ? memo : NULL;
	if (!b->osc52)
		free(memo);
}
