/* cli_site.c: --export-site, the whole reference as linked static pages with a search that works from file://. */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "doc.h"
#include "i18n.h"
#include "msg.h"
#include "site.h"
#include "text.h"
#include "vec.h"

static const char dir_names[DIR_COUNT] = { 'c', 'l', 'k', 't' };

/*
 * The site: index.html; c/ a page per concept (articles too), l/ per
 * list, k/ per kind, t/ per article's text; search.html over
 * search-index.js.  File names come from slugs, every byte but [a-z0-9-]
 * spelt _hh, so that no slug names a path out of its directory.  Pages
 * are written in the store's order and hold nothing but the database's
 * words and its stamp: the same file gives the same bytes.
 */

/* A page's key in the set: its directory's letter and its slug. */
static const char *
page_key(char *buf, size_t n, int dir, const char *slug)
{
	snprintf(buf, n, "%c/%s", dir_names[dir], slug);
	return buf;
}

int
site_has_page(struct site *s, int dir, const char *slug)
{
	char key[STORE_NAME_MAX + 8];

	return slug && strset_get(&s->pages, page_key(key, sizeof key, dir, slug)) != NULL;
}

int
site_add_page(struct site *s, int dir, const char *slug)
{
	char key[STORE_NAME_MAX + 8];

	if (strset_add(&s->pages, page_key(key, sizeof key, dir, slug)) < 0)
		return site_fail(s, strerror(ENOMEM));
	return 0;
}

/* `slug` as a file name: [a-z0-9-] kept, any other byte _hh; a long one
 * cut, with a hash of the whole that keeps it apart from others. */
void
site_file_name(const char *slug, char *out)
{
	const unsigned char *p = (const unsigned char *)slug;
	size_t o = 0;

	for (; *p && o + 3 <= FILE_NAME_MAX; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')
			out[o++] = (char)*p;
		else
			o += (size_t)sprintf(out + o, "_%02x", *p);
	}
	if (*p || o == 0)
		o += (size_t)sprintf(out + o, "~%08zx", strset_hash(slug, strlen(slug)) & 0xffffffffu);
	memcpy(out + o, ".html", 6);
}

/* "UPc/name.html#frag" */
const char *
site_url(char *buf, size_t n, const char *up, int dir, const char *slug)
{
	char name[FILE_NAME_MAX + 32];

	site_file_name(slug, name);
	snprintf(buf, n, "%s%c/%s", up, dir_names[dir], name);
	return buf;
}

static int
is_list(const struct doc_item *to)
{
	return to->kind && strcmp(to->kind, STORE_LIST_KIND) == 0;
}

/* write_opts.href: a page of this site, if it has one. */
const char *
site_href(void *ctx, const struct doc_item *to, char *buf, size_t n)
{
	struct site *s = ctx;
	int dir = is_list(to) ? DIR_L : DIR_C;

	if (!site_has_page(s, dir, to->slug))
		return NULL;
	return site_url(buf, n, "../", dir, to->slug);
}

/* A passage's anchor in its article's text: p-N, or p-mN for a link's. */
const char *
site_anchor(char *buf, size_t n, int64_t id)
{
	snprintf(buf, n, "p-%s%lld", id < 0 ? "m" : "", (long long)(id < 0 ? -id : id));
	return buf;
}

const char *
site_anchor_key(char *buf, size_t n, const char *article, int64_t id)
{
	snprintf(buf, n, "%lld/%s", (long long)id, article);
	return buf;
}

/* write_opts.quote_href: the passage in the article's text page. */
static const char *
site_quote_href(void *ctx, const struct doc_quote *q, char *buf, size_t n)
{
	struct site *s = ctx;
	char key[STORE_NAME_MAX + 32];
	const char *a;
	size_t len;

	if (!q->src || !q->src->slug || !q->cite ||
	    !(a = strset_get(&s->anchors, site_anchor_key(key, sizeof key, q->src->slug, q->cite))))
		return NULL;
	site_url(buf, n, "../", DIR_T, q->src->slug);
	len = strlen(buf);
	snprintf(buf + len, n - len, "#%s", a);
	return buf;
}

static double
since(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* On a terminal, after the first second: how far, at most ten times a second. */
static void
progress(struct site *s, int end)
{
	struct timespec now;

	s->done += !end;
	if (!s->tty)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if ((!end && (since(&s->start, &now) < 1.0 || since(&s->last, &now) < 0.1)) ||
	    (end && !s->shown))
		return;
	s->last = now;
	s->shown = 1;
	fputc('\r', stderr);
	fprintf(stderr, _("tekdip: writing the site: %zu of %zu pages"), s->done, s->total);
	fputs(end ? "\n" : "", stderr);
}

int
site_fail(struct site *s, const char *why)
{
	if (!s->why)
		s->why = why;
	return -1;
}

int
site_store_failed(struct site *s)
{
	return site_fail(s, *store_error(s->st) ? store_error(s->st) : _("cannot be read"));
}

static void
esc(FILE *fp, const char *s)
{
	write_html_escaped(fp, s);
}

/* A page's head, and a way back to the index and the search. */
FILE *
site_page_open(struct site *s, int dir, const char *name, const char *title)
{
	FILE *fp = site_dir_create(dir < 0 ? s->dir.fd : s->sub[dir], name);
	const char *up = dir < 0 ? "" : "../";

	if (!fp) {
		site_fail(s, strerror(errno));
		return NULL;
	}
	write_html_open(fp, title, s->lang);
	fprintf(fp, "<header>\n<nav><a href=\"%sindex.html\">", up);
	esc(fp, _("Index"));
	fprintf(fp, "</a> · <a href=\"%ssearch.html\">", up);
	esc(fp, _("Search"));
	fputs("</a></nav>\n</header>\n<main>\n", fp);
	return fp;
}

int
site_file_close(struct site *s, FILE *fp)
{
	int bad = ferror(fp);

	if (fclose(fp) != 0 || bad)
		return site_fail(s, strerror(errno ? errno : EIO));
	return 0;
}

int
site_page_close(struct site *s, FILE *fp)
{
	fputs("</main>\n<footer>\n<p>tekdip · ", fp);
	esc(fp, s->stamp);
	fputs("</p>\n</footer>\n", fp);
	write_html_close(fp);
	if (site_file_close(s, fp) < 0)
		return -1;
	progress(s, 0);
	return 0;
}

/* The rest of a page: the document, then the page's end; the document
 * is freed either way. */
static int
page_body(struct site *s, FILE *fp, struct doc *d)
{
	struct write_opts w = { .fp = fp, .href = site_href, .quote_href = site_quote_href,
		.href_ctx = s, .bare = 1 };

	fputs("<article class=\"doc\">\n", fp);
	write_html_body(d, &w, 1);
	fputs("</article>\n", fp);
	doc_free(d);
	return site_page_close(s, fp);
}

/* A folded copy in the site's arena ("" when NULL). */
static const char *
folded(struct site *s, const char *t)
{
	return arena_take(&s->mem, text_fold(t ? t : "", strlen(t ? t : "")));
}

static const char *
sdup(struct site *s, const char *t)
{
	return arena_strdup(&s->mem, t ? t : "");
}

static struct entry *
add_entry(struct site *s, int dir, const char *slug, const char *name, const char *kind,
    const char *gloss, size_t rank)
{
	char buf[URL_MAX];
	struct entry *e, *v = vec_reserve(s->e, &s->cape, s->ne + 1, sizeof *v);

	if (!v)
		return NULL;
	s->e = v;
	e = &s->e[s->ne++];
	e->url = sdup(s, site_url(buf, sizeof buf, "", dir, slug));
	e->name = sdup(s, name);
	e->kind = sdup(s, kind);
	e->gloss = sdup(s, gloss);
	e->rank = rank;
	e->names = e->text = "";
	return e;
}

/* A concept's names and aliases, one to a line, and its gloss and
 * summary, folded as the browser folds what is typed. */
static void
index_concept(struct site *s, struct entry *e, const struct doc *d)
{
	struct buf names = BUF_INIT, text = BUF_INIT;

	buf_adds(&names, d->self.name);
	buf_printf(&names, "\n%s\n%s", d->self.name_en ? d->self.name_en : "", d->vi ? d->vi : "");
	for (size_t i = 0; i < d->naliases; i++)
		buf_printf(&names, "\n%s", d->aliases[i]);
	buf_printf(&text, "%s %s %s", d->self.gloss ? d->self.gloss : "",
	    d->summary ? d->summary : "", d->summary_en ? d->summary_en : "");
	buf_addc(&names, '\0');
	buf_addc(&text, '\0');
	if (!names.failed && !text.failed) {
		e->names = folded(s, names.data);
		e->text = folded(s, text.data);
	}
	buf_free(&names);
	buf_free(&text);
}

static int
add_dated(struct site *s, const struct doc *d, size_t kind, const char *u)
{
	struct dated *v = vec_reserve(s->dated, &s->capd, s->nd + 1, sizeof *v);

	if (!v)
		return -1;
	s->dated = v;
	s->dated[s->nd++] = (struct dated){ sdup(s, d->date), u, sdup(s, d->self.name), kind };
	return 0;
}

/* An entry listed but not read again (a hostile file's slug cut at its
 * bound names nothing; a part past SQLite's bounds): a page that says
 * so, for the links to it, and the rest goes on. */
int
site_unreadable(struct site *s, int dir, const char *slug, const char *title)
{
	char name[FILE_NAME_MAX + 32];
	FILE *fp;

	site_file_name(slug, name);
	if (!(fp = site_page_open(s, dir, name, title)))
		return -1;
	fputs("<h1 lang=\"id\">", fp);
	esc(fp, title);
	fputs("</h1>\n<p>", fp);
	esc(fp, _("This entry is listed, but cannot be read from the database."));
	fputs("</p>\n", fp);
	s->unreadable++;
	return site_page_close(s, fp);
}

static int
concept_page(struct site *s, size_t kind, const struct store_item *it)
{
	char name[FILE_NAME_MAX + 32], u[URL_MAX];
	struct entry *e;
	struct doc d;
	FILE *fp;
	int rc = doc_concept(s->st, it->slug, 0, &d);

	if (rc != STORE_OK)
		return site_unreadable(s, DIR_C, it->slug, it->name);
	site_file_name(it->slug, name);
	if (!(e = add_entry(s, DIR_C, it->slug, d.self.name, i18n_pick(s->kinds.v[kind].name,
	    s->kinds.v[kind].name_en), d.self.gloss, kind)) ||
	    (d.date && *d.date && add_dated(s, &d, kind, e->url) < 0) || !(fp = site_page_open(s, DIR_C, name, d.self.name))) {
		doc_free(&d);
		return site_fail(s, strerror(ENOMEM));
	}
	index_concept(s, e, &d);
	if (site_has_page(s, DIR_T, it->slug)) {
		fprintf(fp, "<p class=\"meta\"><a href=\"../%s\">", site_url(u, sizeof u, "", DIR_T, it->slug));
		esc(fp, _("The article's text, its cited passages marked"));
		fputs("</a></p>\n", fp);
	}
	return page_body(s, fp, &d);
}

static int
list_page(struct site *s, const struct store_listref *l)
{
	char name[FILE_NAME_MAX + 32];
	struct entry *e;
	struct doc d;
	FILE *fp;

	int rc = doc_list(s->st, l->slug, &d);

	if (rc != STORE_OK)
		return site_unreadable(s, DIR_L, l->slug, l->name);
	site_file_name(l->slug, name);
	if (!(e = add_entry(s, DIR_L, l->slug, d.self.name, _("List"), d.summary_en, s->kinds.n)) ||
	    !(fp = site_page_open(s, DIR_L, name, d.self.name))) {
		doc_free(&d);
		return site_fail(s, strerror(ENOMEM));
	}
	index_concept(s, e, &d);
	return page_body(s, fp, &d);
}

static int
kind_page(struct site *s, const struct store_kind *k)
{
	char name[FILE_NAME_MAX + 32];
	struct doc d;
	FILE *fp;

	int rc = doc_kind(s->st, k->slug, &d);

	if (rc != STORE_OK)
		return site_unreadable(s, DIR_K, k->slug, i18n_pick(k->plural, k->plural_en));
	d.self.name = i18n_pick(k->plural, k->plural_en);
	site_file_name(k->slug, name);
	if (!(fp = site_page_open(s, DIR_K, name, d.self.name))) {
		doc_free(&d);
		return -1;
	}
	return page_body(s, fp, &d);
}

/* What the site holds, read first, so that every link can be checked to
 * lead to a page: the kinds, each one's concepts, the lists. */
static int
read_all(struct site *s)
{
	if (store_kinds(s->st, &s->kinds) != STORE_OK || store_lists(s->st, &s->lists) != STORE_OK ||
	    doc_stamp(s->st, s->stamp, sizeof s->stamp) != STORE_OK)
		return site_store_failed(s);
	if (!(s->concepts = calloc(s->kinds.n + 1, sizeof *s->concepts)))
		return site_fail(s, strerror(ENOMEM));
	s->total = 2 + s->kinds.n + s->lists.n;
	for (size_t k = 0; k < s->kinds.n; k++) {
		int rc = store_concepts(s->st, s->kinds.v[k].slug, &s->concepts[k]);

		if (rc == STORE_NOTFOUND)	/* kind_page says so */
			memset(&s->concepts[k], 0, sizeof s->concepts[k]);
		else if (rc != STORE_OK)
			return site_store_failed(s);
		for (size_t i = 0; i < s->concepts[k].n; i++) {
			if (site_add_page(s, DIR_C, s->concepts[k].v[i].slug) < 0)
				return -1;
			s->total += 1 + (strcmp(s->concepts[k].v[i].kind, "article") == 0);
		}
	}
	for (size_t i = 0; i < s->lists.n; i++)
		if (site_add_page(s, DIR_L, s->lists.v[i].slug) < 0)
			return -1;
	return 0;
}

/* A concept twice in a hostile file (or two slugs of one file name) gets
 * one page: the first. */
static int
first_time(struct site *s, int dir, const char *slug, struct strset *done)
{
	char key[FILE_NAME_MAX + 48], name[FILE_NAME_MAX + 32];
	int rc;

	site_file_name(slug, name);
	page_key(key, sizeof key, dir, name);
	if ((rc = strset_add(done, key)) < 0)
		site_fail(s, strerror(ENOMEM));
	return rc;
}

static int
write_pages(struct site *s)
{
	struct strset done = { 0 };
	int rc = 0;

	for (size_t k = 0; rc == 0 && k < s->kinds.n; k++)
		for (size_t i = 0; rc == 0 && i < s->concepts[k].n; i++)
			if (strcmp(s->concepts[k].v[i].kind, "article") == 0 &&
			    (rc = first_time(s, DIR_T, s->concepts[k].v[i].slug, &done)) > 0)
				rc = site_text_page(s, &s->concepts[k].v[i]);
	for (size_t k = 0; rc == 0 && k < s->kinds.n; k++)
		for (size_t i = 0; rc == 0 && i < s->concepts[k].n; i++)
			if ((rc = first_time(s, DIR_C, s->concepts[k].v[i].slug, &done)) > 0)
				rc = concept_page(s, k, &s->concepts[k].v[i]);
	for (size_t i = 0; rc == 0 && i < s->lists.n; i++)
		if ((rc = first_time(s, DIR_L, s->lists.v[i].slug, &done)) > 0)
			rc = list_page(s, &s->lists.v[i]);
	for (size_t k = 0; rc == 0 && k < s->kinds.n; k++)
		if ((rc = first_time(s, DIR_K, s->kinds.v[k].slug, &done)) > 0)
			rc = kind_page(s, &s->kinds.v[k]);
	strset_free(&done);
	if (rc == 0)
		rc = site_index_page(s);
	if (rc == 0)
		rc = site_search_pages(s);
	return rc;
}

static int
make_dirs(struct site *s)
{
	for (int i = 0; i < DIR_COUNT; i++) {
		char name[2] = { dir_names[i], '\0' };

		if ((s->sub[i] = site_dir_sub(s->dir.fd, name)) < 0)
			return site_fail(s, strerror(errno));
	}
	return 0;
}

static void
site_free(struct site *s)
{
	for (int i = 0; i < DIR_COUNT; i++)
		if (s->sub[i] >= 0)
			close(s->sub[i]);
	for (size_t k = 0; s->concepts && k < s->kinds.n; k++)
		store_items_free(&s->concepts[k]);
	free(s->concepts);
	store_kinds_free(&s->kinds);
	store_lists_free(&s->lists);
	strset_free(&s->pages);
	strset_free(&s->anchors);
	free(s->e);
	free(s->dated);
	arena_free(&s->mem);
}

int
cli_site(struct store *st, const char *dir, int force)
{
	struct site s = { .st = st, .sub = { -1, -1, -1, -1 } };
	int rc;

	s.lang = i18n_pick("id", "en");
	s.tty = isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &s.start);
	rc = site_dir_begin(&s.dir, dir, force, &s.why);
	if (rc == 0 && (rc = read_all(&s)) == 0 && (rc = make_dirs(&s)) == 0)
		rc = write_pages(&s);
	if (rc == 0 && s.mem.failed)
		rc = site_fail(&s, strerror(ENOMEM));
	progress(&s, 1);
	if (rc == 0)
		rc = site_dir_commit(&s.dir, &s.why);
	if (rc != 0)
		msg_error("tekdip: %s: %s\n", dir, s.why ? s.why : strerror(EIO));
	else if (s.unreadable)
		msg_error(ngettext("tekdip: %s: %zu listed entry cannot be read: its page says so\n",
		    "tekdip: %s: %zu listed entries cannot be read: their pages say so\n", s.unreadable),
		    dir, s.unreadable);
	site_dir_abort(&s.dir);
	site_free(&s);
	return rc == 0 && !s.unreadable ? EXIT_OK : EXIT_RUNTIME;
}
