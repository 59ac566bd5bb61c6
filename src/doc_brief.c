/* doc_brief.c: a briefing's documents: targets, what they lead to up to a depth, and footnoted sources. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "doc.h"
#include "i18n.h"
#include "store.h"
#include "strset.h"
#include "vec.h"

/* A growing array of strings the brief's arena owns. */
struct strs {
	const char **v;
	size_t n, cap;
};

static int
strs_add(struct strs *a, const char *s)
{
	const char **v = vec_reserve(a->v, &a->cap, a->n + 1, sizeof *v);

	if (!v)
		return -1;
	a->v = v;
	a->v[a->n++] = s;
	return 0;
}

static int
add_items(struct doc_brief *b, struct strs *roots, const struct store_items *it)
{
	for (size_t i = 0; i < it->n; i++)
		if (strs_add(roots, arena_strdup(&b->mem, it->v[i].slug)) < 0)
			return STORE_ERROR;
	return STORE_OK;
}

static int
resolve_kind(struct store *st, struct doc_brief *b, struct strs *roots, const char *kind)
{
	struct store_items it;
	int rc = store_concepts(st, kind, &it);

	if (rc == STORE_OK) {
		rc = add_items(b, roots, &it);
		store_items_free(&it);
	}
	return rc;
}

static int
resolve_all(struct store *st, struct doc_brief *b, struct strs *roots)
{
	struct store_kinds k;
	int rc = store_kinds(st, &k);

	for (size_t i = 0; rc == STORE_OK && i < k.n; i++)
		rc = resolve_kind(st, b, roots, k.v[i].slug);
	store_kinds_free(&k);
	return rc;
}

static int
resolve_search(struct store *st, struct doc_brief *b, struct strs *roots, const char *q)
{
	struct store_hits h;
	int rc = store_search_ex(st, q, 0, 50, 0, &h);

	if (rc != STORE_OK)
		return rc;
	for (size_t i = 0; i < h.n; i++)
		if (strs_add(roots, arena_strdup(&b->mem, h.v[i].item.slug)) < 0)
			rc = STORE_ERROR;
	if (rc == STORE_OK && h.n == 0)
		rc = STORE_NOTFOUND;
	store_hits_free(&h);
	return rc;
}

/* A slug that names a kind (the --export KIND of old), a concept or a list. */
static int
resolve_slug(struct store *st, struct doc_brief *b, struct strs *roots, const char *slug)
{
	struct doc d;
	int rc = resolve_kind(st, b, roots, slug);

	if (rc != STORE_NOTFOUND)
		return rc;
	if ((rc = doc_target(st, slug, 1, &d)) == STORE_OK) {
		doc_free(&d);
		if (strs_add(roots, arena_strdup(&b->mem, slug)) < 0)
			rc = STORE_ERROR;
	}
	return rc;
}

static int
resolve(struct store *st, struct doc_brief *b, struct strs *roots, const char *t)
{
	if (strcmp(t, "all") == 0)
		return resolve_all(st, b, roots);
	if (strncmp(t, "kind:", 5) == 0)
		return resolve_kind(st, b, roots, t + 5);
	if (strncmp(t, "search:", 7) == 0)
		return t[7] ? resolve_search(st, b, roots, t + 7) : STORE_NOTFOUND;
	return resolve_slug(st, b, roots, t);
}

static int
follows(const struct doc_brief_opts *o, const struct doc_group *g)
{
	if (!o->relations || !g)
		return 1;
	for (size_t i = 0; i < o->nrelations; i++)
		if (strcasecmp(o->relations[i], g->relation) == 0 ||
		    (g->label && strcasecmp(o->relations[i], g->label) == 0) ||
		    (g->label_en && strcasecmp(o->relations[i], g->label_en) == 0))
			return 1;
	return 0;
}

static int
push_doc(struct store *st, struct doc_brief *b, const char *slug, int depth)
{
	if (b->ndocs == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 16;
		struct doc *v = realloc(b->docs, cap * sizeof *v);
		int *dv = v ? realloc(b->depth, cap * sizeof *dv) : NULL;

		if (v)
			b->docs = v;
		if (!dv)
			return STORE_ERROR;
		b->depth = dv;
		b->cap = cap;
	}
	b->depth[b->ndocs] = depth;
	switch (doc_target(st, slug, 0, &b->docs[b->ndocs])) {
	case STORE_OK:
		b->ndocs++;
		return STORE_OK;
	case STORE_NOTFOUND: {
		/* a concept listed but unreadable (a hostile file) is left out */
		struct strs l = { b->left_out, b->nleft_out, b->nleft_out };

		if (strs_add(&l, arena_strdup(&b->mem, slug)) < 0)
			return STORE_ERROR;
		b->left_out = l.v;
		b->nleft_out = l.n;
		return STORE_OK;
	}
	default:
		return STORE_ERROR;
	}
}

static int
name_item(struct doc_brief *b, struct strs *named, const struct doc_item *it)
{
	struct doc_item *copy = arena_alloc(&b->mem, sizeof *copy);

	if (!copy)
		return STORE_ERROR;
	*copy = (struct doc_item){ arena_strdup(&b->mem, it->slug), arena_strdup(&b->mem, it->kind),
		arena_strdup(&b->mem, it->name), arena_strdup(&b->mem, it->name_en),
		arena_strdup(&b->mem, it->gloss ? it->gloss : "") };
	return strs_add(named, (const char *)copy) < 0 ? STORE_ERROR : STORE_OK;
}

/* What a document leads to, in the order its page shows it. */
static const enum doc_sec linked[] = { SEC_ITEMS, SEC_LINKS, SEC_BACKLINKS, SEC_MENTIONS };

/* Document `i`'s references: new documents while within the depth, named
 * beyond it. */
static int
expand(struct store *st, struct doc_brief *b, const struct doc_brief_opts *o, size_t i,
    struct strset *seen, struct strs *named)
{
	int rc = STORE_OK;

	for (size_t k = 0; rc == STORE_OK && k < sizeof linked / sizeof *linked; k++) {
		/* the refs live in the document's arena: push_doc moves the
		 * documents, not what they point to */
		const struct doc_ref *refs = b->docs[i].sec[linked[k]].refs;
		size_t n = b->docs[i].sec[linked[k]].n;

		for (size_t j = 0; rc == STORE_OK && j < n; j++) {
			const struct doc_item *to = &refs[j].to;
			int fresh;

			if (!follows(o, refs[j].group) || strcmp(to->kind, "list") == 0)
				continue;
			fresh = strset_add(seen, to->slug);
			if (fresh < 0)
				rc = STORE_ERROR;
			else if (fresh && b->depth[i] < o->depth)
				rc = push_doc(st, b, to->slug, b->depth[i] + 1);
			else if (fresh)
				rc = name_item(b, named, to);
		}
	}
	return rc;
}

static void
note(struct doc_brief *b, struct strs *notes, const struct doc_source *src)
{
	if (src && !doc_brief_note(b, src) && strs_add(notes, (const char *)src) == 0) {
		b->notes = (const struct doc_source **)notes->v;
		b->nnotes = notes->n;
	}
}

/* Every article a quote rests on, numbered in the order first cited. */
static void
number_notes(struct doc_brief *b)
{
	struct strs notes = { NULL, 0, 0 };

	for (size_t i = 0; i < b->ndocs; i++) {
		if (b->docs[i].article)
			note(b, &notes, b->docs[i].article);
		for (int k = 0; k < SEC_COUNT; k++)
			for (size_t j = 0; j < b->docs[i].sec[k].n; j++)
				note(b, &notes, b->docs[i].sec[k].refs[j].quote.src);
	}
}

static const char *
make_title(struct doc_brief *b, const struct doc_brief_opts *o)
{
	char buf[1024];
	size_t len = (size_t)snprintf(buf, sizeof buf, "%s", _("Briefing: "));

	for (size_t i = 0; i < o->ntargets && len < sizeof buf; i++) {
		const char *t = o->targets[i];

		for (size_t d = 0; d < b->ndocs; d++)
			if (b->depth[d] == 0 && strcmp(b->docs[d].self.slug, t) == 0)
				t = b->docs[d].self.name;
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? ", " : "",
		    strcmp(t, "all") == 0 ? _("the whole reference") : t);
	}
	return arena_strdup(&b->mem, buf);
}

static int
roots_of(struct store *st, struct doc_brief *b, const struct doc_brief_opts *o, struct strs *roots)
{
	struct strs missing = { NULL, 0, 0 };
	int rc = STORE_OK;

	for (size_t i = 0; rc == STORE_OK && i < o->ntargets; i++) {
		rc = resolve(st, b, roots, o->targets[i]);
		if (rc == STORE_NOTFOUND)
			rc = strs_add(&missing, o->targets[i]) < 0 ? STORE_ERROR : STORE_OK;
	}
	b->missing = missing.v;
	b->nmissing = missing.n;
	return rc == STORE_OK && missing.n ? STORE_NOTFOUND : rc;
}

static int
build(struct store *st, struct doc_brief *b, const struct doc_brief_opts *o, struct strs *roots)
{
	struct strset seen = STRSET_INIT;
	struct strs named = { NULL, 0, 0 };
	int rc = STORE_OK;

	for (size_t i = 0; rc == STORE_OK && i < roots->n; i++) {
		int fresh = strset_add(&seen, roots->v[i]);

		if (fresh < 0)
			rc = STORE_ERROR;
		else if (fresh)
			rc = push_doc(st, b, roots->v[i], 0);
	}
	for (size_t i = 0; rc == STORE_OK && i < b->ndocs; i++)
		rc = expand(st, b, o, i, &seen, &named);
	strset_free(&seen);
	if (named.n && (b->named = arena_array(&b->mem, named.n, sizeof *b->named)))
		for (size_t i = 0; i < named.n; i++)
			b->named[b->nnamed++] = *(const struct doc_item *)named.v[i];
	free(named.v);
	return rc;
}

int
doc_brief(struct store *st, const struct doc_brief_opts *o, struct doc_brief *out)
{
	struct strs roots = { NULL, 0, 0 };
	char stamp[256];
	int rc;

	memset(out, 0, sizeof *out);
	rc = roots_of(st, out, o, &roots);
	if (rc == STORE_OK)
		rc = build(st, out, o, &roots);
	free(roots.v);
	if (rc == STORE_OK && (rc = doc_stamp(st, stamp, sizeof stamp)) == STORE_OK) {
		out->stamp = arena_strdup(&out->mem, stamp);
		out->made = arena_strdup(&out->mem, o->made ? o->made : "");
		out->title = o->title ? arena_strdup(&out->mem, o->title) : make_title(out, o);
		number_notes(out);
	}
	if (rc == STORE_OK && out->mem.failed)
		rc = STORE_ERROR;
	return rc;
}

int
doc_brief_note(const struct doc_brief *b, const struct doc_source *src)
{
	for (size_t i = 0; src && i < b->nnotes; i++)
		if (b->notes[i] == src || strcmp(b->notes[i]->slug, src->slug) == 0)
			return (int)i + 1;
	return 0;
}

int
doc_brief_has(const struct doc_brief *b, const char *slug)
{
	for (size_t i = 0; i < b->ndocs; i++)
		if (strcmp(b->docs[i].self.slug, slug) == 0)
			return 1;
	for (size_t i = 0; i < b->nnamed; i++)
		if (strcmp(b->named[i].slug, slug) == 0)
			return 2;
	return 0;
}

void
doc_brief_free(struct doc_brief *b)
{
	for (size_t i = 0; i < b->ndocs; i++)
		doc_free(&b->docs[i]);
	free(b->docs);
	free(b->depth);
	free((void *)b->notes);
	free((void *)b->missing);
	free((void *)b->left_out);
	arena_free(&b->mem);
	memset(b, 0, sizeof *b);
}

static uint32_t
fnv(uint32_t h, const char *s)
{
	for (; s && *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return (h ^ 0xff) * 16777619u;	/* a separator, so "ab","c" is not "a","bc" */
}

int
doc_stamp(struct store *st, char *buf, size_t n)
{
	struct store_kinds k;
	struct store_sources src;
	uint32_t h = 2166136261u;
	size_t concepts = 0;
	int rc = store_kinds(st, &k);

	for (size_t i = 0; rc == STORE_OK && i < k.n; i++) {
		struct store_items it;

		/* a hostile file's slug cut at its bound names no kind: its
		 * concepts cannot be counted, and are not */
		if ((rc = store_concepts(st, k.v[i].slug, &it)) == STORE_NOTFOUND) {
			rc = STORE_OK;
			continue;
		}
		if (rc != STORE_OK)
			break;
		for (size_t j = 0; j < it.n; j++, concepts++)
			h = fnv(fnv(fnv(fnv(h, it.v[j].slug), it.v[j].kind), it.v[j].name), it.v[j].gloss);
		store_items_free(&it);
	}
	store_kinds_free(&k);
	if (rc != STORE_OK || (rc = store_sources(st, &src)) != STORE_OK)
		return rc;
	snprintf(buf, n, _("database format %d, %zu concepts, %zu articles, fingerprint %08x"),
	    STORE_USER_VERSION, concepts, src.n, (unsigned)h);
	store_sources_free(&src);
	return STORE_OK;
}

/* Today, or SOURCE_DATE_EPOCH's day, so that a build can be reproduced. */
void
doc_brief_today(char *buf, size_t n)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	char *end = NULL;
	time_t t = time(NULL);
	struct tm tm;

	if (epoch && *epoch) {
		long long v = strtoll(epoch, &end, 10);

		if (*end == '\0' && v >= 0)
			t = (time_t)v;
	}
	if (!gmtime_r(&t, &tm) || strftime(buf, n, "%Y-%m-%d", &tm) == 0)
		snprintf(buf, n, "?");
}
