/* basket.c: the briefing basket's list, kept as the bookmarks are, and its briefing written through doc_brief and write_brief. */
#include "config.h"

#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE		/* open_memstream(3) is not C11 */
#endif

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "basket.h"
#include "buf.h"
#include "doc.h"
#include "i18n.h"
#include "write.h"

#define BASKET_DEPTH 1		/* --export's default: the items and what they link to */
#define BASKET_WIDTH 80		/* text's wrap column, as --export's to a file */

static int say(char **err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Always -1; *err (when err is not NULL) gets the message, malloc'd. */
static int
say(char **err, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	if (err == NULL)
		return -1;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	free(*err);
	*err = buf_finish(&b);
	return -1;
}

int
basket_load(struct basket *k, const struct state *s, char **err)
{
	return state_slugs_load(s, BASKET_FILE, BASKET_MAX, &k->items, err);
}

void
basket_free(struct basket *k)
{
	state_list_free(&k->items);
}

size_t
basket_find(const struct basket *k, const char *slug)
{
	for (size_t i = 0; slug && i < k->items.n; i++)
		if (strcmp(k->items.v[i], slug) == 0)
			return i;
	return k->items.n;
}

int
basket_toggle(struct basket *k, struct state *s, const char *slug, int *added, char **err)
{
	int in = basket_find(k, slug) < k->items.n, rc;

	if (err != NULL)
		*err = NULL;
	if (!in && k->items.n >= BASKET_MAX)
		rc = say(err, _("The basket holds up to %d: d in it removes one."), BASKET_MAX);
	else
		rc = state_slugs_change(s, BASKET_FILE, BASKET_MAX, &k->items,
		    in ? STATE_REMOVE : STATE_ADD, slug, err);
	if (added != NULL)
		*added = basket_find(k, slug) < k->items.n;
	return rc;
}

int
basket_move(struct basket *k, struct state *s, size_t i, int dir, char **err)
{
	if (err != NULL)
		*err = NULL;
	if (i >= k->items.n || (dir < 0 && i == 0) || (dir > 0 && i + 1 >= k->items.n))
		return 1;
	return state_slugs_change(s, BASKET_FILE, BASKET_MAX, &k->items,
	    dir < 0 ? STATE_EARLIER : STATE_LATER, k->items.v[i], err);
}

int
basket_remove(struct basket *k, struct state *s, size_t i, char **err)
{
	char *slug;
	int rc;

	if (err != NULL)
		*err = NULL;
	if (i >= k->items.n)
		return 1;
	/* the list's copy is freed by the change */
	if ((slug = strdup(k->items.v[i])) == NULL)
		return say(err, "%s", strerror(ENOMEM));
	rc = state_slugs_change(s, BASKET_FILE, BASKET_MAX, &k->items, STATE_REMOVE, slug, err);
	free(slug);
	return rc;
}

int
basket_clear(struct basket *k, struct state *s, char **err)
{
	return state_slugs_change(s, BASKET_FILE, BASKET_MAX, &k->items, STATE_CLEAR, NULL, err);
}

static const struct {
	const char *ext;
	enum write_format format;
} extensions[] = {
	{ ".md", FMT_MARKDOWN }, { ".markdown", FMT_MARKDOWN },
	{ ".html", FMT_HTML }, { ".htm", FMT_HTML }, { ".txt", FMT_TEXT },
};

int
basket_format(const char *path)
{
	size_t len = strlen(path);

	for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++) {
		size_t n = strlen(extensions[i].ext);

		/* ".md" alone names no file, only an extension */
		if (len > n && path[len - n - 1] != '/' &&
		    strcasecmp(path + len - n, extensions[i].ext) == 0)
			return (int)extensions[i].format;
	}
	return -1;
}

void
basket_default_name(char *buf, size_t n)
{
	char day[32];

	doc_brief_today(day, sizeof day);
	snprintf(buf, n, "briefing-%s.md", day);
}

/* The briefing's text in *text (malloc'd, *len bytes), as --export would
 * print it; 0, or -1 with *err said. */
static int
brief_text(struct store *st, const struct basket *k, enum write_format f, char **text, size_t *len,
    char **err)
{
	char made[32];
	struct doc_brief_opts bo = { (const char *const *)k->items.v, k->items.n, BASKET_DEPTH,
		NULL, 0, NULL, made };
	struct doc_brief b;
	FILE *fp;
	int rc;

	*text = NULL;
	*len = 0;
	doc_brief_today(made, sizeof made);
	rc = doc_brief(st, &bo, &b);
	if (rc == STORE_NOTFOUND)
		say(err, _("Not written: %s is not in this database (d in the basket removes it)."),
		    b.nmissing ? b.missing[0] : "?");
	else if (rc != STORE_OK)
		say(err, _("Not written: the database answered: %s"), store_error(st));
	else if ((fp = open_memstream(text, len)) == NULL)
		rc = say(err, _("Not written: %s"), strerror(errno));
	else {
		struct write_opts w = { .fp = fp, .width = BASKET_WIDTH };

		write_brief(f, &b, &w);
		if (fclose(fp) != 0 || *text == NULL)
			rc = say(err, _("Not written: %s"), strerror(ENOMEM));
	}
	doc_brief_free(&b);
	return rc == STORE_OK ? 0 : -1;
}

int
basket_write(struct store *st, const struct basket *k, const char *path, int replace, char **err)
{
	char *text = NULL;
	size_t len = 0;
	int f = basket_format(path), rc = -1;

	if (err != NULL)
		*err = NULL;
	if (k->items.n == 0)
		rc = say(err, "%s", _("The basket is empty: nothing to write."));
	else if (f < 0)
		rc = say(err, _("Not written: %s does not end in .md, .html or .txt."), path);
	else if (brief_text(st, k, (enum write_format)f, &text, &len, err) == 0) {
		if ((rc = state_write_path(path, text, len, replace)) == -1 && errno == EEXIST)
			rc = 1;
		else if (rc == -1)
			say(err, _("Not written: %s: %s"), path, strerror(errno));
	}
	free(text);
	return rc;
}
