/* mkdb.c: tekdip-mkdb, which validates data/ and compiles it into a database. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "datafile.h"
#include "store_build.h"
#include "text.h"

#define MAX_FILES 64

/* What each kind of record may hold: fields it must have once (`one`),
 * may have at most once (`opt`), and may repeat (`many`). */
struct shape {
	const char *what;
	const char *one[8];
	const char *opt[6];
	const char *many[4];
};

static const struct shape kind_shape = {
	"kind", { "name", "en", "plural", "plural-en", "gloss" }, { 0 }, { 0 },
};
static const struct shape relation_shape = {
	"relation", { "name", "en", "inverse", "inverse-en" }, { 0 }, { 0 },
};
static const struct shape concept_shape = {
	"concept", { "kind", "name", "en", "gloss", "summary", "summary-en" },
	{ "role", "date", "vi" }, { "alias", "cite", "link" },
};
static const struct shape article_shape = {
	"article", { "kind", "name", "en", "gloss", "summary", "summary-en", "file" },
	{ "title", "outlet", "date", "url" }, { "alias", "cite", "link" },
};
static const struct shape list_shape = {
	"list", { "kind", "name", "en", "summary", "summary-en" }, { "no-about" },
	{ "cite", "item", "about" },
};

/* A record that becomes a row: a concept (id > 0) or a list. */
struct entry {
	const struct df_record *rec;
	int64_t id;
	int kind;		/* kinds.txt position; 0 for a list */
	char *seed;		/* articles: the text quotes are checked against */
	size_t seedlen;
};

struct catalog {
	struct df_file files[MAX_FILES];
	size_t nfiles;
	const struct df_file *kinds, *relations;
	struct entry *entries;	/* concepts (articles first), then lists */
	size_t nentries, nconcepts;
	struct entry **by_slug;	/* sorted, for lookups */
	const char *seeds;
	int errors;
	unsigned long ncites, nlinks, nitems;
};

static void complain(struct catalog *c, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
complain(struct catalog *c, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	c->errors++;
}

static int
in_list(const char *const *names, size_t n, const char *key)
{
	for (size_t i = 0; i < n && names[i]; i++)
		if (strcmp(names[i], key) == 0)
			return 1;
	return 0;
}

#define IN(arr, key) in_list((arr), sizeof(arr) / sizeof *(arr), (key))

static void
check_shape(struct catalog *c, const struct df_record *r, const struct shape *sh)
{
	for (size_t i = 0; i < r->nfields; i++) {
		const struct df_field *f = &r->fields[i];

		if (!IN(sh->one, f->key) && !IN(sh->opt, f->key) && !IN(sh->many, f->key))
			complain(c, r->file, f->line, "field `%s' is not allowed in a %s",
			    f->key, sh->what);
		else if (f->value[0] == '\0')
			complain(c, r->file, f->line, "field `%s' is empty", f->key);
	}
	for (size_t i = 0; i < sizeof sh->one / sizeof *sh->one && sh->one[i]; i++)
		if (df_count(r, sh->one[i]) != 1)
			complain(c, r->file, r->line, "%s [%s] needs exactly one `%s'",
			    sh->what, r->slug, sh->one[i]);
	for (size_t i = 0; i < sizeof sh->opt / sizeof *sh->opt && sh->opt[i]; i++)
		if (df_count(r, sh->opt[i]) > 1)
			complain(c, r->file, r->line, "%s [%s] has more than one `%s'",
			    sh->what, r->slug, sh->opt[i]);
}

/* --- loading ------------------------------------------------------------ */

static const struct df_file *
load(struct catalog *c, const char *dir, const char *name)
{
	struct buf path = BUF_INIT;
	char *p, *err;
	struct df_file *f;

	if (c->nfiles == MAX_FILES) {
		complain(c, dir, 0, "more than %d data files", MAX_FILES);
		return NULL;
	}
	buf_printf(&path, "%s/%s", dir, name);
	if (!(p = buf_finish(&path))) {
		complain(c, dir, 0, "out of memory");
		return NULL;
	}
	f = &c->files[c->nfiles];
	if (df_parse(p, f, &err) < 0) {
		fprintf(stderr, "%s\n", err ? err : "out of memory");
		free(err);
		free(p);
		c->errors++;
		return NULL;
	}
	free(p);
	c->nfiles++;
	return f;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* concepts/ *.txt files, in name order so every build adds rows in the same order. */
static void
load_concept_files(struct catalog *c, const char *dir)
{
	struct buf path = BUF_INIT;
	char *names[MAX_FILES], *p;
	size_t n = 0;
	struct dirent *de;
	DIR *d;

	buf_printf(&path, "%s/concepts", dir);
	if (!(p = buf_finish(&path)) || !(d = opendir(p))) {
		complain(c, p ? p : dir, 0, "%s", strerror(errno));
		free(p);
		return;
	}
	while ((de = readdir(d)) != NULL && n < MAX_FILES) {
		size_t len = strlen(de->d_name);

		if (len > 4 && strcmp(de->d_name + len - 4, ".txt") == 0)
			names[n++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		if (names[i])
			load(c, p, names[i]);
		free(names[i]);
	}
	free(p);
}

static int
kind_pos(const struct catalog *c, const char *slug)
{
	for (size_t i = 0; c->kinds && i < c->kinds->nrecords; i++)
		if (strcmp(c->kinds->records[i].slug, slug) == 0)
			return (int)i + 1;
	return 0;
}

static int
relation_pos(const struct catalog *c, const char *slug)
{
	for (size_t i = 0; c->relations && i < c->relations->nrecords; i++)
		if (strcmp(c->relations->records[i].slug, slug) == 0)
			return (int)i + 1;
	return 0;
}

static char *
read_seed(struct catalog *c, const struct df_record *r, size_t *len)
{
	const char *file = df_get(r, "file");
	struct buf path = BUF_INIT, text = BUF_INIT;
	char chunk[8192], *p;
	size_t n;
	FILE *fp;

	if (!file || strchr(file, '/'))
		return NULL;
	buf_printf(&path, "%s/%s", c->seeds, file);
	if (!(p = buf_finish(&path)) || !(fp = fopen(p, "rb"))) {
		complain(c, r->file, r->line, "article text %s: %s", p ? p : file, strerror(errno));
		free(p);
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&text, chunk, n);
	fclose(fp);
	free(p);
	*len = text.len;
	return buf_finish(&text);
}

static void
add_entries(struct catalog *c, const struct df_file *f, int lists)
{
	for (size_t i = 0; i < f->nrecords; i++) {
		const struct df_record *r = &f->records[i];
		const char *kind = df_get(r, "kind");
		struct entry *e = &c->entries[c->nentries++];

		e->rec = r;
		if (lists) {
			if (!kind || strcmp(kind, "list") != 0)
				complain(c, r->file, r->line, "[%s] in lists.txt must be `kind: list'", r->slug);
			check_shape(c, r, &list_shape);
			continue;
		}
		e->id = (int64_t)++c->nconcepts;
		e->kind = kind ? kind_pos(c, kind) : 0;
		if (kind && !e->kind)
			complain(c, r->file, r->line, "[%s]: unknown kind `%s'", r->slug, kind);
		if (kind && strcmp(kind, "article") == 0) {
			check_shape(c, r, &article_shape);
			if (c->seeds)
				e->seed = read_seed(c, r, &e->seedlen);
		} else {
			check_shape(c, r, &concept_shape);
		}
	}
}

static int
cmp_entry(const void *a, const void *b)
{
	return strcmp((*(struct entry *const *)a)->rec->slug, (*(struct entry *const *)b)->rec->slug);
}

static struct entry *
find(const struct catalog *c, const char *slug)
{
	struct df_record key = { .slug = slug };
	struct entry ke = { .rec = &key }, *kp = &ke, **hit;

	hit = bsearch(&kp, c->by_slug, c->nentries, sizeof *c->by_slug, cmp_entry);
	return hit ? *hit : NULL;
}

static void
index_slugs(struct catalog *c)
{
	c->by_slug = malloc((c->nentries ? c->nentries : 1) * sizeof *c->by_slug);
	if (!c->by_slug) {
		complain(c, "mkdb", 0, "out of memory");
		return;
	}
	for (size_t i = 0; i < c->nentries; i++)
		c->by_slug[i] = &c->entries[i];
	qsort(c->by_slug, c->nentries, sizeof *c->by_slug, cmp_entry);
	for (size_t i = 1; i < c->nentries; i++) {
		const struct df_record *a = c->by_slug[i - 1]->rec, *b = c->by_slug[i]->rec;

		if (strcmp(a->slug, b->slug) == 0)
			complain(c, b->file, b->line, "duplicate slug [%s] (first at %s:%d)",
			    b->slug, a->file, a->line);
	}
}

/* A concept entry and its folded name, while ids are given out. */
struct in_order {
	struct entry *e;
	char *fold;
};

static int
cmp_order(const void *a, const void *b)
{
	const struct in_order *x = a, *y = b;
	int d;

	if (x->e->kind != y->e->kind)
		return x->e->kind < y->e->kind ? -1 : 1;
	if ((d = strcmp(x->fold, y->fold)) != 0)
		return d;
	return strcmp(x->e->rec->slug, y->e->rec->slug);
}

/* Ids in display order (kind, folded name, slug), which the builder checks:
 * the reader then lists a kind and streams each search tier in id order. */
static void
number_concepts(struct catalog *c)
{
	struct in_order *v = calloc(c->nconcepts ? c->nconcepts : 1, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; v && i < c->nentries; i++) {
		const char *name = df_get(c->entries[i].rec, "name");

		if (!c->entries[i].id)
			continue;
		if (!name)
			name = "";
		v[n].e = &c->entries[i];
		if (!(v[n++].fold = text_fold(name, strlen(name))))
			break;
	}
	if (!v || (n && !v[n - 1].fold)) {
		complain(c, "mkdb", 0, "out of memory");
	} else {
		qsort(v, n, sizeof *v, cmp_order);
		for (size_t i = 0; i < n; i++)
			v[i].e->id = (int64_t)i + 1;
	}
	for (size_t i = 0; v && i < n; i++)
		free(v[i].fold);
	free(v);
}

static void
load_all(struct catalog *c, const char *dir)
{
	const struct df_file *articles, *lists;
	size_t total = 0, first_concept;

	c->kinds = load(c, dir, "kinds.txt");
	c->relations = load(c, dir, "relations.txt");
	for (size_t i = 0; c->kinds && i < c->kinds->nrecords; i++)
		check_shape(c, &c->kinds->records[i], &kind_shape);
	for (size_t i = 0; c->relations && i < c->relations->nrecords; i++)
		check_shape(c, &c->relations->records[i], &relation_shape);
	articles = load(c, dir, "articles.txt");
	first_concept = c->nfiles;
	load_concept_files(c, dir);
	lists = load(c, dir, "lists.txt");
	for (size_t i = 0; i < c->nfiles; i++)
		total += c->files[i].nrecords;
	c->entries = calloc(total ? total : 1, sizeof *c->entries);
	if (!c->entries) {
		complain(c, dir, 0, "out of memory");
		return;
	}
	if (articles)
		add_entries(c, articles, 0);
	for (size_t i = first_concept; i < c->nfiles; i++)
		if (&c->files[i] != lists)
			add_entries(c, &c->files[i], 0);
	if (lists)
		add_entries(c, lists, 1);
	index_slugs(c);
	number_concepts(c);
}

/* --- checking ----------------------------------------------------------- */

static int
is_sentence_end(const char *p)
{
	return (*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0');
}

static int
count_sentences(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += is_sentence_end(s);
	return n;
}

static int
is_day(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	return n == 4 || n == 7 || n == 10;
}

/* YYYY, YYYY-MM, YYYY-MM-DD, or an ISO 8601 interval of two of them
 * ("1418/1428"), the start first. */
static int
is_date(const char *s)
{
	const char *slash = strchr(s, '/');

	if (!slash)
		return is_day(s, strlen(s));
	return is_day(s, (size_t)(slash - s)) && is_day(slash + 1, strlen(slash + 1)) &&
	    strcmp(s, slash + 1) < 0;
}

/* The article entry and byte offset of QUOTE in "ARTICLE | QUOTE". */
struct cite {
	const struct entry *article;
	const char *quote;
	int64_t offset;
};

static int
parse_cite(struct catalog *c, const struct df_record *r, const struct df_field *f,
    const char *text, struct cite *out)
{
	const char *bar = strstr(text, " | ");
	char slug[80];
	size_t n;
	const struct entry *a;

	if (!bar || (n = (size_t)(bar - text)) >= sizeof slug) {
		complain(c, r->file, f->line, "want `ARTICLE | QUOTE'");
		return -1;
	}
	memcpy(slug, text, n);
	slug[n] = '\0';
	a = find(c, slug);
	if (!a || a->kind != kind_pos(c, "article")) {
		complain(c, r->file, f->line, "`%s' is not an article", slug);
		return -1;
	}
	out->article = a;
	out->quote = bar + 3;
	out->offset = 0;
	if (c->seeds && a->seed) {
		const char *at = strstr(a->seed, out->quote);

		if (!at) {
			complain(c, r->file, f->line, "quote is not in %s: \"%.60s\"",
			    df_get(a->rec, "file"), out->quote);
			return -1;
		}
		out->offset = at - a->seed;
	}
	return 0;
}

/* "RELATION TARGET | ARTICLE | QUOTE" */
struct link {
	int relation;
	const struct entry *target;
	struct cite cite;
};

static int
parse_link(struct catalog *c, const struct df_record *r, const struct df_field *f,
    struct link *out)
{
	char rel[40], target[80];
	const char *v = f->value;
	int used = 0;

	if (sscanf(v, "%39[a-z-] %79[a-z0-9-] |%n", rel, target, &used) != 2 || !used) {
		complain(c, r->file, f->line, "want `RELATION TARGET | ARTICLE | QUOTE'");
		return -1;
	}
	if (!(out->relation = relation_pos(c, rel))) {
		complain(c, r->file, f->line, "unknown relation `%s'", rel);
		return -1;
	}
	out->target = find(c, target);
	if (!out->target || !out->target->id) {
		complain(c, r->file, f->line, "link to unknown concept [%s]", target);
		return -1;
	}
	if (out->target->rec == r) {
		complain(c, r->file, f->line, "link from [%s] to itself", r->slug);
		return -1;
	}
	return parse_cite(c, r, f, v + used + (v[used] == ' '), &out->cite);
}

static void
check_concept(struct catalog *c, const struct entry *e)
{
	const struct df_record *r = e->rec;
	const char *summary = df_get(r, "summary"), *date = df_get(r, "date");
	int sentences;

	if (!df_count(r, "cite"))
		complain(c, r->file, r->line, "[%s] has no citation", r->slug);
	if (summary && ((sentences = count_sentences(summary)) < 2 || sentences > 5))
		complain(c, r->file, r->line, "[%s]: summary has %d sentences (want 2 to 5)",
		    r->slug, sentences);
	if (date && !is_date(date))
		complain(c, r->file, r->line, "[%s]: date `%s' is not YYYY[-MM[-DD]] or an interval START/END", r->slug, date);
	for (size_t i = 0; i < r->nfields; i++) {
		const struct df_field *f = &r->fields[i];
		struct cite ci;
		struct link ln;

		if (strcmp(f->key, "cite") == 0 && parse_cite(c, r, f, f->value, &ci) == 0)
			c->ncites++;
		else if (strcmp(f->key, "link") == 0 && parse_link(c, r, f, &ln) == 0)
			c->nlinks++;
	}
}

static void
check_list(struct catalog *c, const struct entry *e)
{
	const struct df_record *r = e->rec;
	struct cite ci;

	if (df_count(r, "cite") != 1)
		complain(c, r->file, r->line, "list [%s] needs exactly one cite", r->slug);
	if (df_count(r, "item") < 2)
		complain(c, r->file, r->line, "list [%s] needs two items or more", r->slug);
	/* what a list is about is said, or why it is about nothing is */
	if (!df_count(r, "about") == !df_count(r, "no-about"))
		complain(c, r->file, r->line, "list [%s] needs `about' or `no-about' (not both)", r->slug);
	for (size_t i = 0; i < r->nfields; i++) {
		const struct df_field *f = &r->fields[i];
		const struct entry *t;

		if (strcmp(f->key, "cite") == 0)
			parse_cite(c, r, f, f->value, &ci);
		if (strcmp(f->key, "item") != 0 && strcmp(f->key, "about") != 0)
			continue;
		t = find(c, f->value);
		if (!t || !t->id)
			complain(c, r->file, f->line, "list %s [%s] is not a concept", f->key, f->value);
		else if (f->key[0] == 'i')
			c->nitems++;
	}
}

/* The items of a list, in order, joined: two lists with the same members in
 * the same order are one enumeration entered twice. */
static int
same_items(const struct df_record *a, const struct df_record *b)
{
	size_t i = 0, j = 0;

	for (;;) {
		while (i < a->nfields && strcmp(a->fields[i].key, "item") != 0)
			i++;
		while (j < b->nfields && strcmp(b->fields[j].key, "item") != 0)
			j++;
		if (i == a->nfields || j == b->nfields)
			return i == a->nfields && j == b->nfields;
		if (strcmp(a->fields[i++].value, b->fields[j++].value) != 0)
			return 0;
	}
}

static void
check_duplicate_lists(struct catalog *c)
{
	for (size_t i = c->nconcepts; i < c->nentries; i++)
		for (size_t j = i + 1; j < c->nentries; j++)
			if (same_items(c->entries[i].rec, c->entries[j].rec))
				complain(c, c->entries[j].rec->file, c->entries[j].rec->line,
				    "list [%s] has the same items as [%s]",
				    c->entries[j].rec->slug, c->entries[i].rec->slug);
}

static void
check_all(struct catalog *c)
{
	for (size_t i = 0; i < c->nentries; i++) {
		if (c->entries[i].id)
			check_concept(c, &c->entries[i]);
		else
			check_list(c, &c->entries[i]);
	}
	check_duplicate_lists(c);
}

/* --- writing -------------------------------------------------------------- */

/* Whether `key` is one of the space-separated `keys`. */
static int
has_key(const char *keys, const char *key)
{
	size_t n = strlen(key);

	for (const char *p = keys; (p = strstr(p, key)) != NULL; p += n)
		if ((p == keys || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* All values of the fields named in `key` (space-separated) joined with
 * spaces (for the search index). */
static char *
joined(const struct df_record *r, const char *key, int quotes_only)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < r->nfields; i++) {
		const char *v = r->fields[i].value, *bar;

		if (!has_key(key, r->fields[i].key))
			continue;
		if (quotes_only && (bar = strrchr(v, '|')))
			v = bar + 1;
		if (b.len)
			buf_addc(&b, ' ');
		buf_adds(&b, v);
	}
	buf_addc(&b, '\0');
	return buf_finish(&b);
}

static int
write_concept(struct catalog *c, struct builder *b, const struct entry *e)
{
	const struct df_record *r = e->rec;
	int alias = 0, rc;
	struct buf en = BUF_INIT;
	char *aliases, *quotes, *ens;

	rc = build_concept(b, e->id, r->slug, e->kind, df_get(r, "name"), df_get(r, "en"),
	    df_get(r, "gloss"), df_get(r, "summary"), df_get(r, "role"), df_get(r, "date"));
	if (rc == 0)
		rc = build_concept_more(b, e->id, df_get(r, "summary-en"), df_get(r, "vi"));
	if (rc == 0 && df_get(r, "file"))
		rc = build_article(b, e->id, df_get(r, "file"), df_get(r, "title"),
		    df_get(r, "outlet"), df_get(r, "url"));
	if (rc == 0 && e->seed)
		rc = build_paragraphs(b, e->id, e->seed, e->seedlen);
	for (size_t i = 0; rc == 0 && i < r->nfields; i++) {
		const struct df_field *f = &r->fields[i];
		struct cite ci;
		struct link ln;

		if (strcmp(f->key, "alias") == 0)
			rc = build_alias(b, e->id, ++alias, f->value);
		else if (strcmp(f->key, "cite") == 0 && parse_cite(c, r, f, f->value, &ci) == 0)
			rc = build_citation(b, e->id, ci.article->id, ci.offset, ci.quote);
		else if (strcmp(f->key, "link") == 0 && parse_link(c, r, f, &ln) == 0)
			rc = build_link_at(b, e->id, ln.relation, ln.target->id,
			    ln.cite.article->id, c->seeds ? ln.cite.offset : -1, ln.cite.quote);
	}
	if (rc != 0)
		return rc;
	/* the English name stands with the names, the gloss with the summary:
	 * a word of the names ranks above a word of a description */
	buf_printf(&en, "%s %s %s", df_get(r, "gloss"), df_get(r, "summary"),
	    df_get(r, "summary-en") ? df_get(r, "summary-en") : "");
	ens = buf_finish(&en);
	aliases = joined(r, df_get(r, "vi") ? "alias vi" : "alias", 0);
	quotes = joined(r, "cite", 1);
	if (ens && aliases && quotes) {
		struct build_search s = { df_get(r, "name"), aliases, df_get(r, "en"),
			ens, quotes };
		rc = build_index(b, e->id, &s);
	} else {
		rc = -1;
	}
	free(ens);
	free(aliases);
	free(quotes);
	return rc;
}

static int
write_list(struct catalog *c, struct builder *b, const struct entry *e, int64_t id)
{
	const struct df_record *r = e->rec;
	const char *cite = df_get(r, "cite");
	struct cite ci;
	int pos = 0, rc;

	if (!cite || parse_cite(c, r, &r->fields[0], cite, &ci) != 0)
		return -1;
	rc = build_list(b, id, r->slug, df_get(r, "name"), df_get(r, "en"),
	    ci.article->id, ci.offset, ci.quote);
	if (rc == 0)
		rc = build_list_summary(b, id, df_get(r, "summary"), df_get(r, "summary-en"));
	for (size_t i = 0; rc == 0 && i < r->nfields; i++)
		if (strcmp(r->fields[i].key, "item") == 0)
			rc = build_list_item(b, id, ++pos, find(c, r->fields[i].value)->id);
	pos = 0;
	for (size_t i = 0; rc == 0 && i < r->nfields; i++)
		if (strcmp(r->fields[i].key, "about") == 0)
			rc = build_list_about(b, id, ++pos, find(c, r->fields[i].value)->id);
	return rc;
}

static int
write_labels(struct builder *b, const struct df_file *f, int relations)
{
	for (size_t i = 0; i < f->nrecords; i++) {
		const struct df_record *r = &f->records[i];
		int rc = relations
		    ? build_relation(b, (int)i + 1, r->slug, df_get(r, "name"), df_get(r, "en"),
		          df_get(r, "inverse"), df_get(r, "inverse-en"))
		    : build_kind(b, (int)i + 1, r->slug, df_get(r, "name"), df_get(r, "en"),
		          df_get(r, "plural"), df_get(r, "plural-en"), df_get(r, "gloss"));
		if (rc)
			return rc;
	}
	return 0;
}

static int
write_db(struct catalog *c, const char *out, const char *schema)
{
	struct buf tmp = BUF_INIT;
	struct builder *b;
	char *tmpname, *err = NULL;
	int64_t list_id = 0;
	int rc;

	buf_printf(&tmp, "%s.tmp", out);
	if (!(tmpname = buf_finish(&tmp)))
		return -1;
	if (!(b = build_open(tmpname, schema, &err))) {
		fprintf(stderr, "tekdip-mkdb: %s: %s\n", tmpname, err ? err : "out of memory");
		free(err);
		free(tmpname);
		return -1;
	}
	rc = write_labels(b, c->kinds, 0);
	if (rc == 0)
		rc = write_labels(b, c->relations, 1);
	for (size_t i = 0; rc == 0 && i < c->nentries; i++)
		rc = c->entries[i].id ? write_concept(c, b, &c->entries[i])
		                      : write_list(c, b, &c->entries[i], ++list_id);
	if (rc != 0) {
		fprintf(stderr, "tekdip-mkdb: %s\n", build_error(b));
		build_abort(b);
	} else if (build_finish(b, &err) != 0 || rename(tmpname, out) != 0) {
		fprintf(stderr, "tekdip-mkdb: %s: %s\n", out, err ? err : strerror(errno));
		unlink(tmpname);
		rc = -1;
	}
	free(err);
	free(tmpname);
	return rc;
}

static char *
slurp(const char *path)
{
	struct buf b = BUF_INIT;
	char chunk[8192];
	size_t n;
	FILE *fp = fopen(path, "rb");

	if (!fp)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	fclose(fp);
	buf_addc(&b, '\0');
	return buf_finish(&b);
}

static void
free_catalog(struct catalog *c)
{
	for (size_t i = 0; i < c->nentries; i++)
		free(c->entries[i].seed);
	for (size_t i = 0; i < c->nfiles; i++)
		df_free(&c->files[i]);
	free(c->entries);
	free(c->by_slug);
}

static void
usage(FILE *fp)
{
	fputs("usage: tekdip-mkdb [--seeds DIR] [--check | -o FILE] DATADIR\n"
	      "Validate the tekdip data sources in DATADIR and compile them into FILE.\n"
	      "  --seeds DIR  source articles that every quote must be found in\n"
	      "  --check      validate only; print counts\n"
	      "  -o FILE      write the database to FILE (atomically)\n", fp);
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "seeds", required_argument, NULL, 's' },
		{ "check", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct catalog c = { 0 };
	const char *out = NULL;
	int opt, check = 0, rc = 1;
	char *schema = NULL;
	struct buf sp = BUF_INIT;

	while ((opt = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (opt) {
		case 's': c.seeds = optarg; break;
		case 'c': check = 1; break;
		case 'o': out = optarg; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (optind != argc - 1 || (!out && !check)) {
		usage(stderr);
		return 2;
	}
	if (out && !c.seeds) {
		/* quote offsets order an article's mentions: no seeds, no database */
		fprintf(stderr, "tekdip-mkdb: writing a database needs --seeds DIR\n");
		return 2;
	}
	load_all(&c, argv[optind]);
	if (c.errors == 0)
		check_all(&c);
	if (c.errors) {
		fprintf(stderr, "tekdip-mkdb: %d error%s\n", c.errors, c.errors == 1 ? "" : "s");
		goto done;
	}
	if (check) {
		printf("%zu concepts, %lu citations, %lu links, %zu lists (%lu items): ok%s\n",
		    c.nconcepts, c.ncites, c.nlinks, c.nentries - c.nconcepts, c.nitems,
		    c.seeds ? "" : " (quotes not checked: no --seeds)");
		rc = 0;
		goto done;
	}
	buf_printf(&sp, "%s/schema.sql", argv[optind]);
	{
		char *path = buf_finish(&sp);
		schema = path ? slurp(path) : NULL;
		if (!schema)
			fprintf(stderr, "tekdip-mkdb: %s: %s\n", path ? path : "schema", strerror(errno));
		free(path);
	}
	if (schema && write_db(&c, out, schema) == 0)
		rc = 0;
done:
	free(schema);
	free_catalog(&c);
	return rc;
}
