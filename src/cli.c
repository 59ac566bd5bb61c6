/* cli.c: plain-text answers for scripts and pipes, wrapped to a width. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "doc.h"
#include "i18n.h"
#include "msg.h"
#include "search.h"
#include "text.h"
#include "write.h"

#define SUGGEST_MAX_LEN 64	/* no slug is longer (datafile.c) */

/* A database failure names the file, as one at open does. */
int
cli_db_error(struct store *st, const struct cli_out *o)
{
	msg_error("tekdip: %s: %s", o->db ? o->db : "database", store_error(st));
	return EXIT_RUNTIME;
}

/* `missing` says what was not found: "tekdip: NAME: MISSING". */
static int
report(struct store *st, const struct cli_out *o, int rc, const char *missing, const char *name)
{
	if (rc == STORE_NOTFOUND)
		msg_error("tekdip: %s: %s", name, missing);
	else if (rc != STORE_OK)
		cli_db_error(st, o);
	return rc == STORE_OK ? EXIT_OK : EXIT_RUNTIME;
}

/* Whatever the format: the rows shown are a first part, not all. */
void
cli_cut_note(const struct doc *d, const char *what)
{
	if (d->cut)
		msg_error(_("tekdip: %s: more rows than tekdip reads: the first are shown\n"), what);
}

int
cli_kinds(struct store *st, const struct cli_out *o)
{
	struct store_kinds k;
	int rc = store_kinds(st, &k);

	for (size_t i = 0; rc == STORE_OK && i < k.n; i++)
		fprintf(o->fp, "%-16s %5d  %s\n", k.v[i].slug, k.v[i].count,
		    i18n_pick(k.v[i].plural, k.v[i].plural_en));
	if (rc == STORE_OK && k.more)
		fprintf(o->fp, _("… more than %d kinds: the rest are not read\n"), STORE_KINDS_MAX);
	store_kinds_free(&k);
	return report(st, o, rc, _("no such kind"), "");
}

int
cli_list(struct store *st, const char *what, const struct cli_out *o)
{
	struct write_opts w = { .fp = o->fp, .width = o->width, .color = o->color, .members = 1 };
	struct doc d;
	int rc = doc_kind(st, what, &d);

	if (rc == STORE_NOTFOUND && WRITE_GRAPH(o->format))
		return cli_graph(st, what, o);	/* a list: its items and their links */
	if (rc == STORE_NOTFOUND)
		rc = doc_list(st, what, &d);
	if (rc != STORE_OK)
		return report(st, o, rc, _("no such kind or list"), what);
	write_doc(o->format, &d, &w);
	cli_cut_note(&d, what);
	doc_free(&d);
	return EXIT_OK;
}

int
cli_lists(struct store *st, const struct cli_out *o)
{
	struct store_lists l;
	int rc = store_lists(st, &l);

	for (size_t i = 0; rc == STORE_OK && i < l.n; i++)
		fprintf(o->fp, "%s  (%d)  %s\n", l.v[i].name, l.v[i].count, l.v[i].slug);
	if (rc == STORE_OK && l.total > l.n)
		fprintf(o->fp, _("… %zu more lists are not read\n"), l.total - l.n);
	store_lists_free(&l);
	return report(st, o, rc, _("no such list"), "");
}

/* Edit distance, capped: slugs are short, and only near misses matter. */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[SUGGEST_MAX_LEN + 1];

	if (la > SUGGEST_MAX_LEN || lb > SUGGEST_MAX_LEN)
		return (size_t)-1;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0], up;

		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t best = diag + (a[i - 1] != b[j - 1]);

			up = row[j];
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

/* "did you mean a, b?" from the slugs of every kind, nearest first. */
static void
suggest(struct store *st, const char *slug, struct buf *out)
{
	struct store_kinds k;
	const char *best[3] = { NULL, NULL, NULL };
	size_t dist[3] = { (size_t)-1, (size_t)-1, (size_t)-1 };
	size_t limit = strlen(slug) / 3 > 2 ? strlen(slug) / 3 : 2;
	struct store_items all[16];
	size_t nall = 0;

	if (store_kinds(st, &k) != STORE_OK)
		return;
	for (size_t i = 0; i < k.n && nall < 16; i++) {
		if (store_concepts(st, k.v[i].slug, &all[nall]) != STORE_OK)
			continue;
		for (size_t j = 0; j < all[nall].n; j++) {
			const char *cand = all[nall].v[j].slug;
			size_t d = strstr(cand, slug) ? 1 : distance(slug, cand);

			for (int b = 0; b < 3 && d <= limit; b++) {
				if (d < dist[b]) {
					memmove(&best[b + 1], &best[b], (size_t)(2 - b) * sizeof *best);
					memmove(&dist[b + 1], &dist[b], (size_t)(2 - b) * sizeof *dist);
					best[b] = cand;
					dist[b] = d;
					break;
				}
			}
		}
		nall++;
	}
	for (int b = 0; b < 3 && best[b]; b++)
		buf_printf(out, "%s%s", b ? ", " : _("; did you mean "), best[b]);
	if (best[0])
		buf_addc(out, '?');
	for (size_t i = 0; i < nall; i++)
		store_items_free(&all[i]);
	store_kinds_free(&k);
}

int
cli_not_found(struct store *st, const char *slug, const char *what)
{
	struct buf b = BUF_INIT;
	char *hint;

	suggest(st, slug, &b);
	buf_addc(&b, '\0');
	hint = buf_finish(&b);
	msg_error("tekdip: %s: %s%s", slug, what, hint ? hint : "");
	free(hint);
	return EXIT_RUNTIME;
}

/* A concept or a list, whichever the slug names, in the chosen format. */
int
cli_show(struct store *st, const char *slug, const struct cli_out *o)
{
	struct write_opts w = { .fp = o->fp, .width = o->width, .color = o->color, .members = 0 };
	struct doc d;
	int rc;

	if (WRITE_GRAPH(o->format))
		return cli_graph(st, slug, o);
	rc = doc_target(st, slug, 0, &d);

	if (rc == STORE_NOTFOUND)
		return cli_not_found(st, slug, _("no such concept"));
	if (rc != STORE_OK)
		return report(st, o, rc, _("no such concept"), slug);
	write_doc(o->format, &d, &w);
	cli_cut_note(&d, slug);
	doc_free(&d);
	return EXIT_OK;
}

int
cli_cite(struct store *st, const char *slug, const struct cli_out *o)
{
	struct write_opts w = { .fp = o->fp, .width = o->width, .color = o->color };
	struct doc d;
	int rc = doc_citations(st, slug, &d);

	if (rc == STORE_NOTFOUND)
		return cli_not_found(st, slug, _("no such concept"));
	if (rc != STORE_OK)
		return report(st, o, rc, _("no such concept"), slug);
	write_citations(&d, &w);
	doc_free(&d);
	return EXIT_OK;
}

int
cli_search(struct store *st, const char *query, size_t limit, const struct cli_out *o)
{
	struct write_opts w = { .fp = o->fp, .width = o->width, .color = o->color, .members = 0 };
	/* Machine formats get the snippet whole-width: the reader cuts it. */
	size_t width = o->format != FMT_TEXT ? 200 : o->width > 16 ? o->width - 6 : 10;
	struct doc d;
	int rc = doc_search(st, query, o->exact ? STORE_SEARCH_EXACT : 0, limit, width, &d);

	if (rc != STORE_OK)
		return report(st, o, rc, "", query);
	/* a correction that finds nothing is no help: "nothing matches" says it */
	if (d.suggestion && d.sec[SEC_ITEMS].n)
		msg_error(_("tekdip: did you mean `%s'? (searched for it; --exact does not)\n"),
		    d.suggestion);
	if (d.query_cut)
		msg_error(_("tekdip: the query was cut to %d bytes and %d words\n"),
		    TEXT_QUERY_MAX, TEXT_TOKENS_MAX);
	write_doc(o->format, &d, &w);
	if (d.sec[SEC_ITEMS].n == 0)
		msg_error(_("tekdip: nothing matches `%s'\n"), query);
	rc = d.sec[SEC_ITEMS].n ? EXIT_OK : EXIT_RUNTIME;
	doc_free(&d);
	return rc;
}
