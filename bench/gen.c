/* gen.c: tekdip-gen, a synthetic tekdip database of N concepts (and its text dump), the same for the same seed. */
#include "config.h"

#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "buf.h"
#include "common.h"
#include "datafile.h"
#include "store_build.h"
#include "text.h"

/* Bump when the output for a given seed changes, so run.sh rebuilds its cache. */
#define GEN_VERSION "tekdip-gen 2"

/* Articles: one per ARTICLE_CONCEPTS concepts, 5 at least and 255 at most
 * (a link's article is a byte), each 5 to 30 KB of text; every concept
 * cites a passage of one, so an article holds a few hundred passages. */
#define ARTICLE_CONCEPTS 250
#define MIN_ARTICLES 5
#define MAX_ARTICLES 255
#define NHUBS 5
#define HUB_BACKLINKS 1000	/* at least this many per hub, whatever N */
#define LINKS_PER_CONCEPT 10	/* on average, hub links included */

static char *
xfinish(struct buf *b)
{
	char *s = buf_finish(b);

	if (!s)
		errx(1, "out of memory");
	return s;
}

/* --- PRNG: xoshiro256**, seeded by splitmix64; rand() differs between libcs --- */

static uint64_t rng[4];

static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void
rng_seed(uint64_t seed)
{
	for (int i = 0; i < 4; i++)
		rng[i] = splitmix64(&seed);
}

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t
rng_next(void)
{
	uint64_t r = rotl(rng[1] * 5, 7) * 9, t = rng[1] << 17;

	rng[2] ^= rng[0];
	rng[3] ^= rng[1];
	rng[1] ^= rng[2];
	rng[0] ^= rng[3];
	rng[2] ^= t;
	rng[3] = rotl(rng[3], 45);
	return r;
}

/* Uniform in [0, n): draws under 2^64 mod n are rejected, so no value is favoured. */
static uint64_t
below(uint64_t n)
{
	uint64_t floor = -n % n, r;

	do
		r = rng_next();
	while (r < floor);
	return r % n;
}

static int64_t
between(int64_t lo, int64_t hi)
{
	return lo + (int64_t)below((uint64_t)(hi - lo + 1));
}

static int
chance(int percent)
{
	return below(100) < (uint64_t)percent;
}

/* --- vocabularies -------------------------------------------------------- */

struct words {
	char **v;
	size_t n, cap;
};

static void
words_add(struct words *w, const char *s, size_t len)
{
	char *copy = xmalloc(len + 1);

	memcpy(copy, s, len);
	copy[len] = '\0';
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 1024;
		w->v = xreallocarray(w->v, w->cap, sizeof *w->v);
	}
	w->v[w->n++] = copy;
}

/*
 * Every word of `s` of three letters or more, lowercased, into `w`.  Words
 * are runs of Unicode letters, so "Việt" stays one word and quotes and
 * dashes split; duplicates are kept, so common words stay common.
 */
static void
split_words(struct words *w, const char *s, size_t len, int ascii_only)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	struct buf word = BUF_INIT;
	size_t letters = 0;
	int ascii = 1;

	while (p <= end) {
		ucs4_t c = 0;
		int n = p < end ? u8_mbtouc(&c, p, (size_t)(end - p)) : 1;

		if (p < end && uc_is_alpha(c)) {
			uint8_t out[6];
			int m = u8_uctomb(out, uc_tolower(c), sizeof out);

			if (m > 0)
				buf_add(&word, (const char *)out, (size_t)m);
			letters++;
			ascii &= c < 0x80;
		} else {
			if (letters >= 3 && (ascii || !ascii_only) && !word.failed)
				words_add(w, word.data, word.len);
			word.len = 0;
			letters = 0;
			ascii = 1;
		}
		p += n > 0 ? n : 1;
	}
	buf_free(&word);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular files of `dir` ending in `suffix`, sorted: readdir's order
 * varies between file systems and the output must not. */
static char **
list_dir(const char *dir, const char *suffix, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL;
	size_t cap = 0, slen = strlen(suffix);

	*n = 0;
	if (!d)
		err(1, "%s", dir);
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		struct buf path = BUF_INIT;

		if (e->d_name[0] == '.' || len < slen || strcmp(e->d_name + len - slen, suffix) != 0)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xreallocarray(v, cap, sizeof *v);
		}
		buf_printf(&path, "%s/%s", dir, e->d_name);
		v[(*n)++] = xfinish(&path);
	}
	closedir(d);
	if (*n)
		qsort(v, *n, sizeof *v, cmp_str);
	return v;
}

static void
free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Indonesian from the article texts, English from the concepts' en and gloss. */
static void
load_vocabulary(const char *data, struct words *id, struct words *en)
{
	struct buf dir = BUF_INIT;
	char *path, **files;
	size_t n;

	buf_printf(&dir, "%s/articles", data);
	path = xfinish(&dir);
	files = list_dir(path, ".txt", &n);
	for (size_t i = 0; i < n; i++) {
		size_t len;
		char *text = slurp(files[i], &len);

		split_words(id, text, len, 0);
		free(text);
	}
	free_list(files, n);
	free(path);

	buf_printf(&dir, "%s/concepts", data);
	path = xfinish(&dir);
	files = list_dir(path, ".txt", &n);
	for (size_t i = 0; i < n; i++) {
		struct df_file f;
		char *msg = NULL;

		if (df_parse(files[i], &f, &msg) != 0)
			errx(1, "%s", msg ? msg : "out of memory");
		for (size_t r = 0; r < f.nrecords; r++) {
			for (size_t k = 0; k < f.records[r].nfields; k++) {
				const struct df_field *fl = &f.records[r].fields[k];

				if (strcmp(fl->key, "en") == 0 || strcmp(fl->key, "gloss") == 0)
					split_words(en, fl->value, strlen(fl->value), 1);
			}
		}
		df_free(&f);
	}
	free_list(files, n);
	free(path);
	if (id->n < 100)
		errx(1, "%s/articles: too few words (%zu) for a vocabulary", data, id->n);
	if (en->n < 100)	/* no concept sources: English from the articles will do */
		for (size_t i = 0; i < id->n; i++)
			words_add(en, id->v[i], strlen(id->v[i]));
}

static const char *
pick(const struct words *w)
{
	return w->v[below(w->n)];
}

/* --- the synthetic content ----------------------------------------------- */

struct concept {
	char *slug, *name, *name_en, *gloss, *summary, *role, *date;
	char *alias[2];
	int nalias;
	int kind;		/* kind.pos */
	int64_t cite_article, cite_offset;
	char *quote;
	char *text;		/* an article's: paragraphs split by blank lines */
};

struct link {
	int32_t src, dst;
	uint32_t ord;		/* generation order: a stable sort key */
	uint8_t relation, article;
};

struct list {
	char *slug, *name, *name_en, *quote;
	int64_t article, offset;
	int32_t *items;
	int nitems;
};

/* Hub names as the real data has them: the words searched most. */
static const struct {
	const char *kind, *name, *name_en;
} hubs[NHUBS] = {
	{ "pillar", "Diplomasi sains dan teknologi", "Science and technology diplomacy" },
	{ "task", "Transformasi digital", "Digital transformation" },
	{ "technology", "Kecerdasan buatan", "Artificial intelligence" },
	{ "partner", "Vietnam", "Vietnam" },
	{ "organization", "Kerja sama internasional", "International cooperation" },
};

/* The real distribution of kinds (data/concepts, 2025); others weigh 30. */
static const struct {
	const char *slug;
	int weight;
} kind_weights[] = {
	{ "pillar", 46 }, { "task", 46 }, { "technology", 53 }, { "partner", 35 },
	{ "actor", 19 }, { "organization", 44 }, { "policy", 19 }, { "event", 19 },
	{ "challenge", 35 }, { "recommendation", 17 },
};

static int
kind_pos(const struct df_file *kinds, const char *slug)
{
	for (size_t i = 0; i < kinds->nrecords; i++)
		if (strcmp(kinds->records[i].slug, slug) == 0)
			return (int)i + 1;
	return 0;
}

/* A kind for an ordinary concept: weighted, never "article". */
static int
random_kind(const struct df_file *kinds, int article)
{
	int total = 0, w[64], r;
	size_t n = kinds->nrecords < 64 ? kinds->nrecords : 64;

	for (size_t i = 0; i < n; i++) {
		w[i] = (int)i + 1 == article ? 0 : 30;
		for (size_t k = 0; k < sizeof kind_weights / sizeof *kind_weights; k++)
			if (w[i] && strcmp(kinds->records[i].slug, kind_weights[k].slug) == 0)
				w[i] = kind_weights[k].weight;
		total += w[i];
	}
	r = (int)below((uint64_t)total);
	for (size_t i = 0; i < n; i++)
		if ((r -= w[i]) < 0)
			return (int)i + 1;
	return 1;
}

/* 1 to 6 words, short names commoner, as in the real names. */
static int
name_length(void)
{
	static const int cum[] = { 15, 45, 70, 85, 95, 100 };
	int r = (int)below(100);

	for (int i = 0; i < 6; i++)
		if (r < cum[i])
			return i + 1;
	return 6;
}

/* `n` words of `w` separated by spaces; first letter capitalised if asked. */
static char *
phrase(const struct words *w, int n, int capital)
{
	struct buf b = BUF_INIT;

	for (int i = 0; i < n; i++) {
		const char *word = pick(w);

		if (i)
			buf_addc(&b, ' ');
		if (i == 0 && capital && *word >= 'a' && *word <= 'z') {
			buf_addc(&b, (char)(*word - 'a' + 'A'));
			word++;
		}
		buf_adds(&b, word);
	}
	return xfinish(&b);
}

/* Sentences of 8 to 16 words until at least `words` words are written. */
static char *
prose(const struct words *w, int words)
{
	struct buf b = BUF_INIT;

	while (words > 0) {
		int n = (int)between(8, 16);
		char *s;

		if (n > words)
			n = words < 4 ? 4 : words;
		s = phrase(w, n, 1);
		if (b.len)
			buf_addc(&b, ' ');
		buf_printf(&b, "%s.", s);
		free(s);
		words -= n;
	}
	return xfinish(&b);
}

/* Some consecutive words of `text` (the way a quote is a passage). */
static char *
excerpt(const char *text, int minw, int maxw)
{
	size_t nwords = 1, start, want;
	const char *p = text, *q;
	struct buf b = BUF_INIT;

	for (const char *s = text; *s; s++)
		nwords += *s == ' ';
	want = (size_t)between(minw, maxw);
	if (want > nwords)
		want = nwords;
	start = (size_t)below(nwords - want + 1);
	for (size_t i = 0; i < start; i++)
		p = strchr(p, ' ') + 1;
	q = p;
	for (size_t i = 0; i < want && q; i++) {
		const char *sp = strchr(q, ' ');

		q = sp ? sp + 1 : NULL;
	}
	buf_add(&b, p, q ? (size_t)(q - 1 - p) : strlen(p));
	/* a quote stops before a sentence's full stop, as the real ones do */
	if (b.len && b.data[b.len - 1] == '.')
		b.len--;
	return xfinish(&b);
}

/* An article's text: paragraphs of prose, 5 to 30 KB in all, each on a
 * line of its own with a blank line between, as the seeds have them. */
static char *
article_text(const struct words *w)
{
	size_t want = (size_t)between(5000, 30000);
	struct buf b = BUF_INIT;

	while (b.len < want) {
		char *para = prose(w, (int)between(40, 140));

		buf_printf(&b, "%s%s", b.len ? "\n\n" : "", para);
		free(para);
	}
	return xfinish(&b);
}

/* Some consecutive words of one paragraph of `text`, and their byte offset:
 * a quote is found in its article where the offset says. */
static char *
passage(const char *text, int minw, int maxw, int64_t *offset)
{
	size_t len = strlen(text), at = (size_t)below(len), end;
	int want = (int)between(minw, maxw);
	struct buf b = BUF_INIT;

	while (text[at] == '\n')	/* a blank line: the next paragraph's start */
		at++;
	while (at > 0 && text[at - 1] != ' ' && text[at - 1] != '\n')
		at--;
	for (end = at; want > 0 && end < len && text[end] != '\n'; want--) {
		const char *sp = strpbrk(text + end, " \n");

		end = sp ? (size_t)(sp - text) + (*sp == ' ') : len;
	}
	while (end > at && (text[end - 1] == ' ' || text[end - 1] == '.'))
		end--;
	buf_add(&b, text + at, end - at);
	*offset = (int64_t)at;
	return xfinish(&b);
}

/* A slug from the folded name: [a-z0-9-], unique by its id suffix. */
static char *
make_slug(const char *name, int64_t id)
{
	char *fold = text_fold(name, strlen(name));
	struct buf b = BUF_INIT;
	int dash = 0;

	if (!fold)
		errx(1, "out of memory");
	for (const char *p = fold; *p && b.len < 48; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
			if (dash && b.len)
				buf_addc(&b, '-');
			buf_addc(&b, *p);
			dash = 0;
		} else {
			dash = 1;
		}
	}
	buf_printf(&b, "%s%lld", b.len ? "-" : "c-", (long long)id);
	free(fold);
	return xfinish(&b);
}

/* "Badan Energi Atom Internasional" -> "BEAI". */
static char *
acronym(const char *name)
{
	char *fold = text_fold(name, strlen(name));
	struct buf b = BUF_INIT;
	int start = 1;

	if (!fold)
		errx(1, "out of memory");
	for (const char *p = fold; *p; p++) {
		if (*p == ' ') {
			start = 1;
		} else if (start) {
			if (*p >= 'a' && *p <= 'z')
				buf_addc(&b, (char)(*p - 'a' + 'A'));
			start = 0;
		}
	}
	free(fold);
	return xfinish(&b);
}

struct corpus {
	struct df_file kinds, relations;
	struct words id, en;
	struct concept *c;	/* c[1..n]; c[0] unused so ids index it */
	int64_t n;
	int64_t narticles;	/* ids 1..narticles are the articles */
	int64_t hub[NHUBS];
	struct link *links;
	size_t nlinks, linkcap;
	struct list *lists;
	size_t nlists;
	int64_t *newid;		/* the id written for each: display order */
};

/* The id a concept is written under. */
static int64_t
nid(const struct corpus *cp, int64_t id)
{
	return cp->newid[id];
}

static void
gen_concept(struct corpus *cp, int64_t id, int kind, const char *name,
    const char *name_en)
{
	struct concept *c = &cp->c[id];
	int article = kind_pos(&cp->kinds, "article");

	c->kind = kind;
	c->name = name ? strdup(name) : phrase(&cp->id, name_length(), (int)chance(50));
	c->name_en = name_en ? strdup(name_en) : phrase(&cp->en, name_length(), 1);
	if (!c->name || !c->name_en)
		errx(1, "out of memory");
	if (id <= cp->narticles) {
		struct buf b = BUF_INIT;

		buf_printf(&b, "art-synth-%lld", (long long)id);
		c->slug = xfinish(&b);
	} else {
		c->slug = make_slug(c->name, id);
	}
	c->gloss = prose(&cp->en, (int)between(6, 14));
	c->summary = prose(&cp->id, (int)between(40, 80));
	if (kind == kind_pos(&cp->kinds, "actor") && chance(60))
		c->role = phrase(&cp->id, (int)between(2, 4), 1);
	if (kind == kind_pos(&cp->kinds, "event") && chance(70)) {
		struct buf b = BUF_INIT;

		buf_printf(&b, "%04d-%02d-%02d", (int)between(1945, 2025),
		    (int)between(1, 12), (int)between(1, 28));
		c->date = xfinish(&b);
	}
	if (id > cp->narticles && chance(45)) {
		char *acr = strchr(c->name, ' ') ? acronym(c->name) : NULL;

		if (acr && strlen(acr) >= 2)
			c->alias[c->nalias++] = acr;
		else {
			free(acr);
			c->alias[c->nalias++] = phrase(&cp->id, (int)between(1, 2), 1);
		}
		if (chance(20))
			c->alias[c->nalias++] = phrase(&cp->id, (int)between(2, 3), 1);
	}
	if (id <= cp->narticles)
		c->text = article_text(&cp->id);
	c->cite_article = kind == article ? id : between(1, cp->narticles);
	c->quote = passage(cp->c[c->cite_article].text, 6, 14, &c->cite_offset);
}

static void
add_link(struct corpus *cp, int64_t src, int64_t dst)
{
	struct link *l;

	if (cp->nlinks == cp->linkcap) {
		cp->linkcap = cp->linkcap ? cp->linkcap * 2 : 4096;
		cp->links = xreallocarray(cp->links, cp->linkcap, sizeof *cp->links);
	}
	l = &cp->links[cp->nlinks];
	l->src = (int32_t)src;
	l->dst = (int32_t)dst;
	l->ord = (uint32_t)cp->nlinks++;
	l->relation = (uint8_t)between(1, (int64_t)cp->relations.nrecords);
	l->article = (uint8_t)between(1, cp->narticles);
}

/* An ordinary concept: not an article (ids 1..5). */
static int64_t
random_concept(const struct corpus *cp, int64_t not)
{
	int64_t id;

	do
		id = between(cp->narticles + 1, cp->n);
	while (id == not);
	return id;
}

static int
cmp_link(const void *a, const void *b)
{
	const struct link *x = a, *y = b;

	if (x->src != y->src)
		return x->src < y->src ? -1 : 1;
	return x->ord < y->ord ? -1 : x->ord > y->ord;
}

/*
 * About LINKS_PER_CONCEPT links per concept in all.  Each hub gets at
 * least HUB_BACKLINKS backlinks (N/50 for large N) from random concepts,
 * so a small N spends most of its links on hubs; the rest are uniform.
 */
static void
gen_links(struct corpus *cp)
{
	int64_t per_hub = cp->n / 50 > HUB_BACKLINKS ? cp->n / 50 : HUB_BACKLINKS;
	int64_t ordinary = cp->n - cp->narticles;
	int64_t budget = LINKS_PER_CONCEPT * ordinary - NHUBS * per_hub;
	int64_t mean = budget > ordinary ? budget / ordinary : 1;

	for (int64_t id = cp->narticles + 1; id <= cp->n; id++) {
		int64_t k = between(mean / 2, mean + mean / 2);

		for (int h = 0; h < NHUBS; h++)
			if (cp->hub[h] == id)
				k = 20;
		while (k-- > 0)
			add_link(cp, id, random_concept(cp, id));
	}
	for (int h = 0; h < NHUBS; h++)
		for (int64_t i = 0; i < per_hub; i++)
			add_link(cp, random_concept(cp, cp->hub[h]), cp->hub[h]);
	qsort(cp->links, cp->nlinks, sizeof *cp->links, cmp_link);
}

static void
gen_lists(struct corpus *cp)
{
	cp->nlists = (size_t)(cp->n / 250 > 3 ? cp->n / 250 : 3);
	cp->lists = xreallocarray(NULL, cp->nlists, sizeof *cp->lists);
	for (size_t i = 0; i < cp->nlists; i++) {
		struct list *l = &cp->lists[i];
		struct buf slug = BUF_INIT;

		buf_printf(&slug, "daftar-%zu", i + 1);
		l->slug = xfinish(&slug);
		l->name = phrase(&cp->id, (int)between(4, 9), 1);
		l->name_en = phrase(&cp->en, (int)between(4, 9), 1);
		l->article = between(1, cp->narticles);
		l->nitems = (int)between(3, 8);
		l->items = xreallocarray(NULL, (size_t)l->nitems, sizeof *l->items);
		for (int k = 0; k < l->nitems; k++)
			l->items[k] = (int32_t)random_concept(cp, 0);
		l->quote = passage(cp->c[l->article].text, 8, 16, &l->offset);
	}
}

static void
generate(struct corpus *cp, int64_t n)
{
	int article = kind_pos(&cp->kinds, "article");

	cp->n = n;
	cp->narticles = n / ARTICLE_CONCEPTS;
	if (cp->narticles < MIN_ARTICLES)
		cp->narticles = MIN_ARTICLES;
	if (cp->narticles > MAX_ARTICLES)
		cp->narticles = MAX_ARTICLES;
	cp->c = xreallocarray(NULL, (size_t)n + 1, sizeof *cp->c);
	memset(cp->c, 0, ((size_t)n + 1) * sizeof *cp->c);
	for (int h = 0; h < NHUBS; h++)
		cp->hub[h] = cp->narticles + 1 + h * ((n - cp->narticles) / NHUBS);
	for (int64_t id = 1; id <= n; id++) {
		int h;

		for (h = 0; h < NHUBS && cp->hub[h] != id; h++)
			continue;
		if (id <= cp->narticles)
			gen_concept(cp, id, article, NULL, NULL);
		else if (h < NHUBS) {
			int k = kind_pos(&cp->kinds, hubs[h].kind);

			gen_concept(cp, id, k ? k : random_kind(&cp->kinds, article),
			    hubs[h].name, hubs[h].name_en);
		} else
			gen_concept(cp, id, random_kind(&cp->kinds, article), NULL, NULL);
	}
	gen_links(cp);
	gen_lists(cp);
}

/* --- writing -------------------------------------------------------------- */

static void
check(struct builder *b, int rc)
{
	if (rc != 0) {
		warnx("%s", build_error(b));
		build_abort(b);
		exit(1);
	}
}

static void
write_labels(struct builder *b, const struct corpus *cp)
{
	for (size_t i = 0; i < cp->kinds.nrecords; i++) {
		const struct df_record *r = &cp->kinds.records[i];

		check(b, build_kind(b, (int)i + 1, r->slug, df_get(r, "name"), df_get(r, "en"),
		    df_get(r, "plural"), df_get(r, "plural-en"), df_get(r, "gloss")));
	}
	for (size_t i = 0; i < cp->relations.nrecords; i++) {
		const struct df_record *r = &cp->relations.records[i];

		check(b, build_relation(b, (int)i + 1, r->slug, df_get(r, "name"), df_get(r, "en"),
		    df_get(r, "inverse"), df_get(r, "inverse-en")));
	}
}

/* One paragraph of the dump: what a reader of plain text would page through. */
static void
dump_concept(FILE *fp, const struct corpus *cp, const struct concept *c,
    const struct link *l, size_t nl)
{
	const struct df_record *k = &cp->kinds.records[c->kind - 1];

	fprintf(fp, "%s\n%s · %s\n%s\n", c->name, df_get(k, "name"), c->name_en, c->gloss);
	for (int i = 0; i < c->nalias; i++)
		fprintf(fp, "%s%s", i ? ", " : "Also: ", c->alias[i]);
	if (c->nalias)
		fputc('\n', fp);
	fprintf(fp, "%s\n“%s”\n", c->summary, c->quote);
	for (size_t i = 0; i < nl; i++)
		fprintf(fp, "%s%s %s", i ? "; " : "Links: ",
		    df_get(&cp->relations.records[l[i].relation - 1], "name"),
		    cp->c[l[i].dst].name);
	fprintf(fp, "%s\n", nl ? "\n" : "");
}

static void
write_concept(struct builder *b, const struct corpus *cp, int64_t id,
    const struct link *l, size_t nl)
{
	const struct concept *c = &cp->c[id];
	struct buf en = BUF_INIT, aliases = BUF_INIT;
	struct build_search s;
	char *ens, *als;

	check(b, build_concept(b, nid(cp, id), c->slug, c->kind, c->name, c->name_en, c->gloss,
	    c->summary, c->role, c->date));
	if (id <= cp->narticles) {
		check(b, build_article(b, nid(cp, id), NULL, c->name, "Synthetic Review",
		    "https://example.org/synthetic"));
		check(b, build_paragraphs(b, nid(cp, id), c->text, strlen(c->text)));
	}
	for (int i = 0; i < c->nalias; i++) {
		check(b, build_alias(b, nid(cp, id), i + 1, c->alias[i]));
		buf_printf(&aliases, "%s%s", i ? " " : "", c->alias[i]);
	}
	check(b, build_citation(b, nid(cp, id), nid(cp, c->cite_article), c->cite_offset,
	    c->quote));
	for (size_t i = 0; i < nl; i++) {
		char *quote = excerpt(c->summary, 8, 16);

		check(b, build_link(b, nid(cp, id), l[i].relation, nid(cp, l[i].dst),
		    nid(cp, l[i].article), quote));
		free(quote);
	}
	/* the fields tekdip-mkdb indexes: name, aliases, English, summary, quotes */
	buf_printf(&en, "%s %s", c->name_en, c->gloss);
	ens = xfinish(&en);
	als = xfinish(&aliases);
	s = (struct build_search){ c->name, als, ens, c->summary, c->quote };
	check(b, build_index(b, nid(cp, id), &s));
	free(ens);
	free(als);
}

/* The display order, which the builder checks ids follow. */
static const struct corpus *sort_cp;
static char **sort_fold;

static int
cmp_order(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	const struct concept *cx = &sort_cp->c[x], *cy = &sort_cp->c[y];
	int d;

	if (cx->kind != cy->kind)
		return cx->kind < cy->kind ? -1 : 1;
	if ((d = strcmp(sort_fold[x], sort_fold[y])) != 0)
		return d;
	return strcmp(cx->slug, cy->slug);
}

/*
 * Number the concepts in the order tekdip shows them (kind, folded name,
 * slug), so that ORDER BY kind, fold, slug is ORDER BY id: the order
 * FTS5 returns rowids in.  Content is unchanged; only ids move.
 */
static void
sort_ids(struct corpus *cp)
{
	int64_t *order = xreallocarray(NULL, (size_t)cp->n, sizeof *order);

	sort_fold = xreallocarray(NULL, (size_t)cp->n + 1, sizeof *sort_fold);
	for (int64_t id = 1; id <= cp->n; id++) {
		order[id - 1] = id;
		if (!(sort_fold[id] = text_fold(cp->c[id].name, strlen(cp->c[id].name))))
			errx(1, "out of memory");
	}
	sort_cp = cp;
	qsort(order, (size_t)cp->n, sizeof *order, cmp_order);
	cp->newid = xreallocarray(NULL, (size_t)cp->n + 1, sizeof *cp->newid);
	for (int64_t i = 0; i < cp->n; i++)
		cp->newid[order[i]] = i + 1;
	for (int64_t id = 1; id <= cp->n; id++)
		free(sort_fold[id]);
	free(sort_fold);
	free(order);
}

static void
write_all(const struct corpus *cp, const char *out, const char *schema, const char *text)
{
	struct buf tb = BUF_INIT, tt = BUF_INIT;
	char *tmp, *ttmp = NULL, *msg = NULL;
	struct builder *b;
	FILE *fp = NULL;
	size_t li = 0;

	buf_printf(&tb, "%s.tmp", out);
	tmp = xfinish(&tb);
	if (!(b = build_open(tmp, schema, &msg)))
		errx(1, "%s: %s", tmp, msg ? msg : "out of memory");
	if (text) {
		buf_printf(&tt, "%s.tmp", text);
		ttmp = xfinish(&tt);
		if (!(fp = fopen(ttmp, "w")))
			err(1, "%s", ttmp);
	}
	write_labels(b, cp);
	for (int64_t id = 1; id <= cp->n; id++) {
		size_t first = li;

		while (li < cp->nlinks && cp->links[li].src == id)
			li++;
		write_concept(b, cp, id, &cp->links[first], li - first);
		if (fp)
			dump_concept(fp, cp, &cp->c[id], &cp->links[first], li - first);
	}
	for (size_t i = 0; i < cp->nlists; i++) {
		const struct list *l = &cp->lists[i];

		check(b, build_list(b, (int64_t)i + 1, l->slug, l->name, l->name_en,
		    nid(cp, l->article), l->offset, l->quote));
		for (int k = 0; k < l->nitems; k++)
			check(b, build_list_item(b, (int64_t)i + 1, k + 1, nid(cp, l->items[k])));
	}
	if (build_finish(b, &msg) != 0)
		errx(1, "%s: %s", tmp, msg ? msg : "out of memory");
	if (rename(tmp, out) != 0)
		err(1, "%s", out);
	if (fp) {
		if (fflush(fp) != 0 || ferror(fp) || fclose(fp) != 0)
			errx(1, "%s: write error", ttmp);
		if (rename(ttmp, text) != 0)
			err(1, "%s", text);
	}
	free(tmp);
	free(ttmp);
}

static void __attribute__((noreturn))
usage(void)
{
	fputs("usage: tekdip-gen --concepts N --seed S -o OUT.db [--text OUT.txt]\n"
	    "       [--schema data/schema.sql] [--data data]\n", stderr);
	exit(2);
}

/* DIR/NAME, parsed as tekdip-mkdb parses it. */
static void
load_records(const char *dir, const char *name, struct df_file *df)
{
	struct buf path = BUF_INIT;
	char *p, *msg = NULL;

	buf_printf(&path, "%s/%s", dir, name);
	p = xfinish(&path);
	if (df_parse(p, df, &msg) != 0)
		errx(1, "%s", msg ? msg : "out of memory");
	free(p);
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "concepts", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, 's' },
		{ "output", required_argument, NULL, 'o' },
		{ "text", required_argument, NULL, 't' },
		{ "schema", required_argument, NULL, 'S' },
		{ "data", required_argument, NULL, 'd' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL, *text = NULL, *schema_path = "data/schema.sql", *data = "data";
	long long n = -1, seed = 1;
	struct corpus cp;
	char *schema;
	size_t len;
	double t0 = now_ms(), t1;
	int ch;

	while ((ch = getopt_long(argc, argv, "n:s:o:t:S:d:V", opts, NULL)) != -1) {
		switch (ch) {
		case 'n': n = number(optarg, 20, 2000000, "--concepts"); break;
		case 's': seed = number(optarg, 0, INT64_MAX, "--seed"); break;
		case 'o': out = optarg; break;
		case 't': text = optarg; break;
		case 'S': schema_path = optarg; break;
		case 'd': data = optarg; break;
		case 'V': puts(GEN_VERSION); return 0;
		default: usage();
		}
	}
	if (optind != argc || n < 0 || !out)
		usage();
	memset(&cp, 0, sizeof cp);
	schema = slurp(schema_path, &len);
	load_records(data, "kinds.txt", &cp.kinds);
	load_records(data, "relations.txt", &cp.relations);
	if (!kind_pos(&cp.kinds, "article") || cp.kinds.nrecords > 64 ||
	    cp.relations.nrecords == 0 || cp.relations.nrecords > 255)
		errx(1, "%s: kinds.txt needs an `article' kind, relations.txt 1 to 255 relations", data);
	load_vocabulary(data, &cp.id, &cp.en);
	rng_seed((uint64_t)seed);
	generate(&cp, n);
	sort_ids(&cp);	/* the builder wants ids in display order */
	t1 = now_ms();
	write_all(&cp, out, schema, text);
	warnx("%lld concepts, %zu links, %zu lists, seed %lld: "
	    "generated in %.2f s, written in %.2f s", n, cp.nlinks,
	    cp.nlists, seed, (t1 - t0) / 1e3, (now_ms() - t1) / 1e3);
	/* the corpus is freed by exit: a one-shot program */
	free(schema);
	return 0;
}
