/* cli_export.c: --export, a briefing pack in markdown: the target, then each concept it leads to, once. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "doc.h"
#include "i18n.h"
#include "msg.h"

#define EXPORT_HEADER \
	N_("<!-- tekdip briefing pack: every quote is word for word from its article -->\n\n")

/* The slugs already written, so that a concept linked both ways, or by two
 * relations, is written once: open addressing over a power-of-two table. */
struct seen {
	const char **v;
	size_t cap;
};

static size_t
hash(const char *s)
{
	size_t h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* 1 if `slug` was new (and is now seen), 0 if seen before, -1 out of memory. */
static int
seen_add(struct seen *s, const char *slug)
{
	size_t i;

	if (!s->v && !(s->v = calloc(s->cap = 64, sizeof *s->v)))
		return -1;
	for (i = hash(slug) & (s->cap - 1); s->v[i]; i = (i + 1) & (s->cap - 1))
		if (strcmp(s->v[i], slug) == 0)
			return 0;
	s->v[i] = slug;
	for (size_t n = 0, j = 0; j < s->cap; j++) {
		if (s->v[j] && ++n * 2 > s->cap) {
			struct seen bigger = { calloc(s->cap * 2, sizeof *s->v), s->cap * 2 };

			if (!bigger.v)
				return -1;
			for (size_t k = 0; k < s->cap; k++)
				if (s->v[k])
					seen_add(&bigger, s->v[k]);
			free(s->v);
			*s = bigger;
			break;
		}
	}
	return 1;
}

/* A concept the store listed but cannot find again (a slug the lookup
 * cannot match, in a hostile file): left out with a line on stderr. */
static int left_out;

static int
export_doc(struct store *st, const char *slug, const struct write_opts *w)
{
	struct doc d;
	int rc = doc_concept(st, slug, 0, &d);

	if (rc == STORE_NOTFOUND) {
		msg_error(_("tekdip: %s: listed, but cannot be read: left out of the export\n"), slug);
		left_out = 1;
		return STORE_OK;
	}
	if (rc == STORE_OK)
		write_markdown(&d, w);
	doc_free(&d);
	return rc;
}

static int
export_kind(struct store *st, const struct store_kind *k, const struct write_opts *w)
{
	struct doc d;
	int rc = doc_kind(st, k->slug, &d);

	if (rc == STORE_NOTFOUND)
		return STORE_OK;
	fprintf(w->fp, "# %s\n\n", i18n_pick(k->plural, k->plural_en));
	for (size_t i = 0; rc == STORE_OK && i < d.sec[SEC_ITEMS].n; i++)
		rc = export_doc(st, d.sec[SEC_ITEMS].refs[i].to.slug, w);
	doc_free(&d);
	return rc;
}

/* What a target leads to, in the order its page shows it, each once. */
static const enum doc_sec linked[] = { SEC_ITEMS, SEC_LINKS, SEC_BACKLINKS, SEC_MENTIONS };

static int
export_target(struct store *st, const struct doc *d, const struct write_opts *w)
{
	struct seen seen = { NULL, 0 };
	int rc = seen_add(&seen, d->self.slug) < 0 ? STORE_ERROR : STORE_OK;

	fprintf(w->fp, _("# Briefing: %s\n\n"), d->self.name);
	write_markdown(d, w);
	fputs(_("# Linked concepts\n\n"), w->fp);
	for (size_t k = 0; rc == STORE_OK && k < sizeof linked / sizeof *linked; k++) {
		const struct doc_section *s = &d->sec[linked[k]];

		for (size_t i = 0; rc == STORE_OK && i < s->n; i++) {
			int fresh = seen_add(&seen, s->refs[i].to.slug);

			if (fresh < 0)
				rc = STORE_ERROR;
			else if (fresh)
				rc = export_doc(st, s->refs[i].to.slug, w);
		}
	}
	free(seen.v);
	return rc;
}

int
cli_export(struct store *st, const char *what, const struct cli_out *o)
{
	struct write_opts w = { .fp = o->fp, .width = o->width, .color = 0, .members = 0 };
	struct store_kinds k;
	struct doc d;
	int rc = store_kinds(st, &k), kind = 0;

	for (size_t i = 0; rc == STORE_OK && i < k.n; i++)
		kind |= strcmp(what, "all") == 0 || strcmp(what, k.v[i].slug) == 0;
	/* Nothing is written before the target is known to exist. */
	if (rc == STORE_OK && !kind && (rc = doc_target(st, what, 0, &d)) == STORE_NOTFOUND) {
		store_kinds_free(&k);
		return cli_not_found(st, what, _("no such kind or concept"));
	}
	if (rc == STORE_OK)
		fputs(_(EXPORT_HEADER), o->fp);
	for (size_t i = 0; rc == STORE_OK && kind && i < k.n; i++)
		if (strcmp(what, "all") == 0 || strcmp(what, k.v[i].slug) == 0)
			rc = export_kind(st, &k.v[i], &w);
	if (rc == STORE_OK && !kind) {
		rc = export_target(st, &d, &w);
		doc_free(&d);
	}
	store_kinds_free(&k);
	if (rc != STORE_OK)
		msg_error("tekdip: %s: %s", o->db ? o->db : "database",
		    *store_error(st) ? store_error(st) : _("cannot be read"));
	return rc == STORE_OK && !left_out ? EXIT_OK : EXIT_RUNTIME;
}
