/* site.h: what --export-site's writers (cli_site.c, site_text.c, site_index.c) share. */
#ifndef TEKDIP_SITE_H
#define TEKDIP_SITE_H

#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "arena.h"
#include "site_dir.h"
#include "doc.h"
#include "store.h"
#include "strset.h"

#define FILE_NAME_MAX 160	/* a file name's bytes before its hash */
#define URL_MAX (FILE_NAME_MAX + 48)

/* The site's directories: concepts, lists, kinds, articles' texts. */
enum { DIR_C, DIR_L, DIR_K, DIR_T, DIR_COUNT };
#define DIR_ROOT (-1)

/* One line of the search index, and of the search page's full list. */
struct entry {
	const char *url, *name, *kind, *gloss;
	const char *names, *text;	/* folded: names and aliases, one a line; gloss and summary */
	size_t rank;		/* the kind's place; lists after every kind */
};

/* A concept with a date, for the index's dated concepts. */
struct dated {
	const char *date, *url, *name;
	size_t kind;
};

struct site {
	struct store *st;
	struct site_dir dir;
	int sub[DIR_COUNT];
	struct arena mem;
	struct strset pages, anchors;	/* "c/slug", "l/slug", "t/slug"; "id/article" -> "p-id" */
	struct store_kinds kinds;
	struct store_items *concepts;	/* each kind's */
	struct store_lists lists;
	struct entry *e;
	size_t ne, cape;
	struct dated *dated;
	size_t nd, capd;
	char stamp[256];
	const char *lang, *why;
	int tty;		/* stderr is a terminal: progress shown */
	size_t done, total;
	struct timespec start, last;
	int shown;
	size_t unreadable;	/* entries listed that name nothing when read again */
};

/* `slug` as a file name in a directory of the site. */
void site_file_name(const char *slug, char *out);
/* "UPd/name.html" */
const char *site_url(char *buf, size_t n, const char *up, int dir, const char *slug);
/* A passage's anchor in its article's text, and its key in `anchors`. */
const char *site_anchor(char *buf, size_t n, int64_t id);
const char *site_anchor_key(char *buf, size_t n, const char *article, int64_t id);
/* The reason of the first failure; returns -1. */
int site_fail(struct site *s, const char *why);
int site_store_failed(struct site *s);
/* Whether the site has a page for `slug` in directory `dir` (read_all()
 * adds the concepts' and lists', site_text_page() each article text's). */
int site_has_page(struct site *s, int dir, const char *slug);
/* -1, the reason kept, when memory ran out. */
int site_add_page(struct site *s, int dir, const char *slug);
/* A file of the site closed; -1, the reason kept, if any write failed. */
int site_file_close(struct site *s, FILE *fp);
/* A page in directory `dir` (DIR_ROOT: the top), its head and way back written. */
FILE *site_page_open(struct site *s, int dir, const char *name, const char *title);
/* Its footer, and the file closed; -1 if any write failed. */
int site_page_close(struct site *s, FILE *fp);
/* A page saying the entry cannot be read, counted in s->unreadable. */
int site_unreadable(struct site *s, int dir, const char *slug, const char *title);
/* Which page leads where, for the HTML writer. */
const char *site_href(void *ctx, const struct doc_item *to, char *buf, size_t n);

/* The article's text (site_text.c). */
int site_text_page(struct site *s, const struct store_item *article);
/* index.html, and search.html over search-index.js (site_index.c). */
int site_index_page(struct site *s);
int site_search_pages(struct site *s);

#endif
