/* doc.c: building a target's document from the store's answers. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "doc_private.h"
#include "i18n.h"
#include "search.h"
#include "store.h"
#include "text.h"

static const struct {
	const char *key, *title;
} sec_names[SEC_COUNT] = {
	[SEC_LINKS] = { "link", N_("Links") },
	[SEC_BACKLINKS] = { "backlink", N_("Referenced by") },
	[SEC_LISTS] = { "list", N_("In enumerated lists") },
	[SEC_ABOUT_LISTS] = { "about-list", N_("Lists about it") },
	[SEC_SUBJECTS] = { "about", N_("About") },
	[SEC_ITEMS] = { "item", N_("Items") },
	[SEC_MENTIONS] = { "mention", N_("Concepts, in order of appearance") },
	[SEC_CITATIONS] = { "citation", N_("Citations") },
};

const char *
doc_sec_key(enum doc_sec s)
{
	return sec_names[s].key;
}

const char *
doc_side_key(enum doc_side s)
{
	static const char *const keys[] = { [SIDE_BOTH] = "both", [SIDE_FIRST] = "first",
		[SIDE_SECOND] = "second" };

	return keys[s];
}

const char *
doc_sec_title(enum doc_sec s)
{
	return _(sec_names[s].title);
}

const char *
doc_group_label(const struct doc_group *g)
{
	return i18n_pick(g->label, g->label_en);
}

const char *
doc_source_title(const struct doc_source *src)
{
	if (!src)
		return _("(unknown article)");
	return src->title ? src->title : _("untitled");
}

const char *
doc_format(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	size_t start;
	int full;

	va_start(ap, fmt);
	full = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	if (full < 0 || (size_t)full < n)
		return buf;
	/* the last character, if it was cut, goes whole */
	start = n - 1;
	while (start > 0 && text_char_continues((unsigned char)buf[start - 1]))
		start--;
	if (start > 0 && start - 1 + text_char_length((unsigned char)buf[start - 1]) > n - 1)
		buf[start - 1] = '\0';
	return buf;
}

void
doc_dup_item(struct arena *a, struct doc_item *to, const struct store_item *from)
{
	to->slug = arena_keep(a, from->slug);
	to->kind = arena_keep(a, from->kind);
	to->name = arena_keep(a, from->name);
	to->name_en = arena_keep(a, from->name_en);
	to->gloss = arena_keep(a, from->gloss);
}

/* The sources are copied into the document's arena so that it owns all it
 * points to and the store's answers can be freed at once. */
static int
load_sources(struct store *st, struct doc *d)
{
	struct store_sources s;
	int rc = store_sources(st, &s);

	if (rc == STORE_OK && s.n && !(d->sources = arena_array(&d->mem, s.n, sizeof *d->sources)))
		rc = STORE_ERROR;
	for (size_t i = 0; rc == STORE_OK && i < s.n; i++) {
		struct doc_source *o = &d->sources[d->nsources++];

		o->slug = arena_keep(&d->mem, s.v[i].slug);
		o->name = arena_keep(&d->mem, s.v[i].name);
		o->title = arena_keep(&d->mem, s.v[i].title);
		o->outlet = arena_keep(&d->mem, s.v[i].outlet);
		o->date = arena_keep(&d->mem, s.v[i].date);
		o->url = arena_keep(&d->mem, s.v[i].url);
	}
	store_sources_free(&s);
	return rc;
}

const struct doc_source *
doc_source_of(const struct doc *d, const char *article)
{
	for (size_t i = 0; article && i < d->nsources; i++)
		if (strcmp(d->sources[i].slug, article) == 0)
			return &d->sources[i];
	return NULL;
}

static struct doc_ref *
section(struct doc *d, enum doc_sec type, size_t n)
{
	struct doc_section *s = &d->sec[type];

	s->type = type;
	s->n = 0;
	s->refs = n ? arena_array(&d->mem, n, sizeof *s->refs) : NULL;
	return s->refs;
}

static struct doc_ref *
add_ref(struct doc *d, enum doc_sec type, const struct store_item *to, const char *article,
    const char *quote)
{
	struct doc_ref *r = &d->sec[type].refs[d->sec[type].n++];

	doc_dup_item(&d->mem, &r->to, to);
	r->quote.text = arena_keep(&d->mem, quote);
	r->quote.src = doc_source_of(d, article);
	return r;
}

/* A link section: each relation's first link starts a group the others share. */
static void
add_links(struct doc *d, enum doc_sec type, const struct store_link *v, size_t n)
{
	struct doc_group *g = NULL;

	if (!section(d, type, n))
		return;
	for (size_t i = 0; i < n; i++) {
		struct doc_ref *r;

		if (!g || g->pos != v[i].relation_pos) {
			if (!(g = arena_alloc(&d->mem, sizeof *g)))
				return;
			g->relation = arena_keep(&d->mem, v[i].relation);
			g->label = arena_keep(&d->mem, v[i].label);
			g->label_en = arena_keep(&d->mem, v[i].label_en);
			g->pos = v[i].relation_pos;
			g->total = v[i].total;
		}
		r = add_ref(d, type, &v[i].target, v[i].article, v[i].quote);
		r->group = g;
		r->quote.cite = v[i].passage;
		r->quote.offset = v[i].offset;
	}
}

static void
add_lists(struct doc *d, enum doc_sec sec, const struct store_listref *v, size_t n)
{
	if (!section(d, sec, n))
		return;
	for (size_t i = 0; i < n; i++) {
		struct store_item it = { 0, v[i].slug, "list", v[i].name, v[i].name_en, "" };
		struct doc_ref *r = add_ref(d, sec, &it, v[i].article, NULL);

		r->pos = v[i].pos;
		r->count = v[i].count;
	}
}

static void
add_cites(struct doc *d, const struct store_cite *v, size_t n)
{
	if (!section(d, SEC_CITATIONS, n))
		return;
	for (size_t i = 0; i < n; i++) {
		struct store_item it = { 0, v[i].article, "article", v[i].article_name, "", "" };

		struct doc_ref *r = add_ref(d, SEC_CITATIONS, &it, v[i].article, v[i].quote);

		r->quote.cite = v[i].id;
		r->quote.offset = v[i].offset;
	}
}

static void
add_mentions(struct doc *d, const struct store_mention *v, size_t n)
{
	if (!section(d, SEC_MENTIONS, n))
		return;
	for (size_t i = 0; i < n; i++)
		add_ref(d, SEC_MENTIONS, &v[i].item, d->self.slug, v[i].quote)->quote.cite = v[i].cite;
}

static void
add_items(struct doc *d, enum doc_sec sec, const struct store_items *it, int numbered)
{
	if (!section(d, sec, it->n))
		return;
	for (size_t i = 0; i < it->n; i++) {
		struct doc_ref *r = add_ref(d, sec, &it->v[i], NULL, NULL);

		if (numbered) {
			r->pos = (int)i + 1;
			r->count = (int)it->n;
		}
	}
}

int
doc_begin(struct store *st, struct doc *d, enum doc_type type)
{
	memset(d, 0, sizeof *d);
	d->type = type;
	return load_sources(st, d);
}

int
doc_finish(struct doc *d, int rc)
{
	if (rc == STORE_OK && d->mem.failed)
		rc = STORE_ERROR;
	if (rc != STORE_OK)
		doc_free(d);
	return rc;
}

static void
concept_head(struct doc *d, const struct store_concept *c)
{
	doc_dup_item(&d->mem, &d->self, &c->self);
	d->summary = arena_keep(&d->mem, c->summary);
	d->role = arena_keep(&d->mem, c->role);
	d->date = arena_keep(&d->mem, c->date);
	d->summary_en = arena_keep(&d->mem, c->summary_en);
	d->vi = arena_keep(&d->mem, c->vi);
	if (c->naliases && (d->aliases = arena_array(&d->mem, c->naliases, sizeof *d->aliases)))
		for (size_t i = 0; i < c->naliases; i++)
			d->aliases[d->naliases++] = arena_keep(&d->mem, c->aliases[i]);
	if (strcmp(c->self.kind, "article") == 0)
		d->article = doc_source_of(d, c->self.slug);
}

int
doc_concept(struct store *st, const char *slug, size_t budget, struct doc *out)
{
	struct store_concept c;
	int rc = doc_begin(st, out, DOC_CONCEPT);

	if (rc == STORE_OK)
		rc = store_concept_page(st, slug, budget, &c);
	if (rc != STORE_OK)
		return doc_finish(out, rc);
	concept_head(out, &c);
	add_links(out, SEC_LINKS, c.links, c.nlinks);
	add_links(out, SEC_BACKLINKS, c.backlinks, c.nbacklinks);
	add_lists(out, SEC_LISTS, c.lists, c.nlists);
	add_lists(out, SEC_ABOUT_LISTS, c.about, c.nabout);
	add_mentions(out, c.mentions, c.nmentions);
	add_cites(out, c.cites, c.ncites);
	out->cut = c.more;
	store_concept_free(&c);
	return doc_finish(out, rc);
}

/* Article order: the sources are in article order, so a quote's source
 * index, then its offset. */
static int
by_article(const void *x, const void *y)
{
	const struct doc_ref *a = x, *b = y;
	uintptr_t sa = (uintptr_t)a->quote.src, sb = (uintptr_t)b->quote.src;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	return a->quote.offset < b->quote.offset ? -1 : a->quote.offset > b->quote.offset;
}

int
doc_citations(struct store *st, const char *slug, struct doc *out)
{
	int rc = doc_concept(st, slug, 1, out);
	struct doc_section *s = &out->sec[SEC_CITATIONS];

	if (rc != STORE_OK)
		return rc;
	for (int i = 0; i < SEC_COUNT; i++)
		if (i != SEC_CITATIONS)
			out->sec[i].n = 0;
	if (s->n)
		qsort(s->refs, s->n, sizeof *s->refs, by_article);
	return rc;
}

int
doc_list(struct store *st, const char *slug, struct doc *out)
{
	struct store_list l;
	int rc = doc_begin(st, out, DOC_LIST);
	struct store_item article = { 0 };

	if (rc == STORE_OK)
		rc = store_list(st, slug, &l);
	if (rc != STORE_OK)
		return doc_finish(out, rc);
	out->self = (struct doc_item){ arena_keep(&out->mem, l.ref.slug), "list",
		arena_keep(&out->mem, l.ref.name), arena_keep(&out->mem, l.ref.name_en), "" };
	out->summary = arena_keep(&out->mem, l.summary);
	out->summary_en = arena_keep(&out->mem, l.summary_en);
	add_items(out, SEC_ITEMS, &l.items, 1);
	add_items(out, SEC_SUBJECTS, &l.subjects, 0);
	out->cut = l.items.more;
	if (section(out, SEC_CITATIONS, 1)) {
		const struct doc_source *src = doc_source_of(out, l.ref.article);

		article.slug = l.ref.article;
		article.kind = "article";
		article.name = src ? src->name : l.ref.article;
		article.name_en = article.gloss = "";
		add_ref(out, SEC_CITATIONS, &article, l.ref.article, l.quote)->quote.cite = l.passage;
	}
	store_list_free(&l);
	return doc_finish(out, rc);
}

int
doc_kind(struct store *st, const char *kind, struct doc *out)
{
	struct store_items it;
	int rc = doc_begin(st, out, DOC_KIND);

	if (rc == STORE_OK)
		rc = store_concepts(st, kind, &it);
	if (rc != STORE_OK)
		return doc_finish(out, rc);
	out->self = (struct doc_item){ arena_keep(&out->mem, kind), "kind", arena_keep(&out->mem, kind),
		"", "" };
	add_items(out, SEC_ITEMS, &it, 0);
	out->cut = it.more;
	store_items_free(&it);
	return doc_finish(out, rc);
}

int
doc_results(struct store *st, const char *query, size_t limit, size_t width, struct doc *out)
{
	return doc_search(st, query, 0, limit, width, out);
}

int
doc_search(struct store *st, const char *query, int flags, size_t limit, size_t width,
    struct doc *out)
{
	struct store_hits h;
	int rc = doc_begin(st, out, DOC_RESULTS);

	if (rc == STORE_OK)
		rc = store_search_ex(st, query, flags, limit, 0, &h);
	if (rc != STORE_OK)
		return doc_finish(out, rc);
	out->self = (struct doc_item){ arena_keep(&out->mem, query), "search",
		arena_keep(&out->mem, query), "", "" };
	out->query_cut = h.tokens.truncated;
	out->suggestion = h.suggestion ? arena_keep(&out->mem, h.suggestion) : NULL;
	if (section(out, SEC_ITEMS, h.n) || !h.n) {
		for (size_t i = 0; i < h.n; i++) {
			struct doc_ref *r = add_ref(out, SEC_ITEMS, &h.v[i].item, NULL, NULL);
			char *snip = search_snippet(&h.v[i], &h.tokens, width);

			r->snippet = snip ? arena_take(&out->mem, snip) : NULL;
			r->tier = h.v[i].tier;
			r->pos = (int)i + 1;
			r->count = (int)h.n;
		}
	}
	store_hits_free(&h);
	return doc_finish(out, rc);
}

int
doc_target(struct store *st, const char *slug, size_t budget, struct doc *out)
{
	int rc = doc_concept(st, slug, budget, out);

	return rc == STORE_NOTFOUND ? doc_list(st, slug, out) : rc;
}

void
doc_free(struct doc *d)
{
	arena_free(&d->mem);
	memset(d, 0, sizeof *d);
}
