/* fuzz_db.c: libFuzzer target for the store on a hostile database image: every read call, no crash, clean strings. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "store.h"

#define MAX_SLUGS 20

/* Every string a store result holds is clean UTF-8 (store.h); only the
 * fields documented as maybe NULL may be. */
static void
text(const char *s, int nullable, const char *what)
{
	if (s == NULL) {
		if (!nullable)
			fuzz_fail("db: %s is NULL", what);
		return;
	}
	if (!fuzz_clean_text(s, strlen(s)))
		fuzz_fail("db: %s is not clean text", what);
}

static void
item(const struct store_item *it)
{
	text(it->slug, 0, "item slug");
	text(it->kind, 0, "item kind");
	text(it->name, 0, "item name");
	text(it->name_en, 0, "item name_en");
	text(it->gloss, 0, "item gloss");
}

static void
listref(const struct store_listref *r)
{
	text(r->slug, 0, "list slug");
	text(r->name, 0, "list name");
	text(r->name_en, 0, "list name_en");
	text(r->article, 0, "list article");
}

static void
link_(const struct store_link *l)
{
	text(l->relation, 0, "link relation");
	text(l->label, 0, "link label");
	text(l->label_en, 0, "link label_en");
	item(&l->target);
	text(l->article, 0, "link article");
	text(l->quote, 0, "link quote");
}

/* Whether a call succeeded; a failure must have a clean one-line reason,
 * since front ends print store_error() as it is. */
static int
ok(struct store *st, int rc)
{
	const char *why;

	if (rc == STORE_ERROR) {
		why = store_error(st);
		if (why == NULL || why[0] == '\0' || !fuzz_clean_text(why, strlen(why)))
			fuzz_fail("db: STORE_ERROR without a clean one-line reason");
	}
	return rc == STORE_OK;
}

/* The slugs to visit, copied: the results they came from are freed. */
struct slugs {
	char *v[MAX_SLUGS];
	size_t n;
};

static void
remember(struct slugs *sl, const char *slug)
{
	if (sl->n < MAX_SLUGS && (sl->v[sl->n] = strdup(slug)) != NULL)
		sl->n++;
}

static void
concept(struct store *st, const char *slug)
{
	struct store_concept c;
	size_t i;

	if (!ok(st, store_concept(st, slug, &c))) {
		store_concept_free(&c);
		return;
	}
	item(&c.self);
	text(c.summary, 0, "summary");
	text(c.role, 1, "role");
	text(c.date, 1, "date");
	for (i = 0; i < c.naliases; i++)
		text(c.aliases[i], 0, "alias");
	for (i = 0; i < c.ncites; i++) {
		text(c.cites[i].article, 0, "cite article");
		text(c.cites[i].article_name, 0, "cite article_name");
		text(c.cites[i].title, 1, "cite title");
		text(c.cites[i].outlet, 1, "cite outlet");
		text(c.cites[i].date, 1, "cite date");
		text(c.cites[i].quote, 0, "cite quote");
	}
	for (i = 0; i < c.nlinks; i++)
		link_(&c.links[i]);
	for (i = 0; i < c.nbacklinks; i++)
		link_(&c.backlinks[i]);
	for (i = 0; i < c.nlists; i++)
		listref(&c.lists[i]);
	text(c.title, 1, "title");
	text(c.outlet, 1, "outlet");
	text(c.url, 1, "url");
	for (i = 0; i < c.nmentions; i++) {
		item(&c.mentions[i].item);
		text(c.mentions[i].quote, 0, "mention quote");
	}
	store_concept_free(&c);
}

/* An article's text and passages, and each passage as y reads it. */
static void
article(struct store *st, const char *slug)
{
	struct store_article a;
	struct store_citation c;
	size_t i;

	if (!ok(st, store_article(st, slug, &a))) {
		store_article_free(&a);
		return;
	}
	item(&a.self);
	text(a.src.title, 1, "article title");
	text(a.src.url, 1, "article url");
	for (i = 0; i < a.nparas; i++) {
		text(a.paras[i].text, 0, "paragraph");
		if (a.paras[i].offset < -1)
			fuzz_fail("paragraph offset below -1");
	}
	for (i = 0; i < a.npassages && i < 20; i++) {
		text(a.passages[i].quote, 0, "passage quote");
		item(&a.passages[i].concept);
		if (ok(st, store_citation(st, a.passages[i].id, &c))) {
			text(c.quote, 0, "citation quote");
			text(c.concept, 0, "citation concept");
			text(c.src.url, 1, "citation url");
		}
		store_citation_free(&c);
	}
	store_article_free(&a);
}

/* Every read call once; results are freed whatever the call returned. */
static void
walk(struct store *st)
{
	struct store_kinds k;
	struct store_items it;
	struct store_lists ls;
	struct store_list l;
	struct store_hits h;
	struct slugs sl = { { NULL }, 0 };
	size_t i, j;

	if (ok(st, store_kinds(st, &k))) {
		for (i = 0; i < k.n; i++) {
			text(k.v[i].slug, 0, "kind slug");
			text(k.v[i].name, 0, "kind name");
			text(k.v[i].name_en, 0, "kind name_en");
			text(k.v[i].plural, 0, "kind plural");
			text(k.v[i].plural_en, 0, "kind plural_en");
			text(k.v[i].gloss, 0, "kind gloss");
			if (ok(st, store_concepts(st, k.v[i].slug, &it))) {
				for (j = 0; j < it.n; j++) {
					item(&it.v[j]);
					remember(&sl, it.v[j].slug);
				}
			}
			store_items_free(&it);
		}
	}
	store_kinds_free(&k);
	for (i = 0; i < sl.n; i++) {
		concept(st, sl.v[i]);
		article(st, sl.v[i]);
	}
	if (ok(st, store_lookup(st, (const char *const *)sl.v, sl.n, &it)))
		for (j = 0; j < it.n; j++)
			item(&it.v[j]);
	store_items_free(&it);
	if (ok(st, store_lists(st, &ls))) {
		for (i = 0; i < ls.n && i < MAX_SLUGS; i++) {
			listref(&ls.v[i]);
			if (ok(st, store_list(st, ls.v[i].slug, &l))) {
				listref(&l.ref);
				text(l.quote, 0, "list quote");
				for (j = 0; j < l.items.n; j++)
					item(&l.items.v[j]);
			}
			store_list_free(&l);
		}
	}
	store_lists_free(&ls);
	if (ok(st, store_search(st, "a", 50, 0, &h))) {
		for (i = 0; i < h.n; i++) {
			item(&h.v[i].item);
			text(h.v[i].summary, 0, "hit summary");
			for (j = 0; j < h.v[i].naliases; j++)
				text(h.v[i].aliases[j], 0, "hit alias");
			for (j = 0; j < h.v[i].nquotes; j++)
				text(h.v[i].quotes[j], 0, "hit quote");
		}
	}
	store_hits_free(&h);
	for (i = 0; i < sl.n; i++)
		free(sl.v[i]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *err = NULL;
	struct store *st = store_open_image(data, size, &err);

	/* front ends print the reason as it is: it must be one clean line,
	 * whatever the database holds */
	if (st == NULL) {
		if (err == NULL || !fuzz_clean_text(err, strlen(err)))
			fuzz_fail("store_open_image: refused without a clean one-line "
			    "reason (%zu bytes)", err ? strlen(err) : 0);
		free(err);
		return 0;
	}
	if (err != NULL)
		fuzz_fail("store_open_image: opened, with a reason");
	walk(st);
	store_close(st);
	return 0;
}
