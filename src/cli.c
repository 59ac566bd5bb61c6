/* cli.c: plain-text answers for scripts and pipes, wrapped to a width. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "i18n.h"
#include "msg.h"
#include "search.h"
#include "text.h"

#define SUGGEST_MAX_LEN 64	/* no slug is longer (datafile.c) */

/* Print `s` wrapped to the output width, every line indented by `indent`
 * columns and the first one prefixed by `lead` (which fills the indent). */
static void
put_wrapped(const struct cli_out *o, size_t indent, const char *lead, const char *s)
{
	struct text_line *lines;
	size_t width = o->width > indent + 10 ? o->width - indent : 10;
	long n = text_wrap(s, strlen(s), width, &lines);

	for (long i = 0; i < n; i++) {
		if (i == 0 && lead)
			fprintf(o->fp, "%s%*s", lead,
			    (int)(indent - text_width(lead, strlen(lead))), "");
		else
			fprintf(o->fp, "%*s", (int)indent, "");
		fprintf(o->fp, "%.*s\n", (int)lines[i].len, s + lines[i].off);
	}
	if (n == 0 && lead)
		fprintf(o->fp, "%s\n", lead);
	free(lines);
}

/* Bold when --color says so; plain text otherwise. */
static void
put_bold(const struct cli_out *o, const char *s)
{
	fprintf(o->fp, o->color ? "\033[1m%s\033[0m" : "%s", s);
}

static void
put_heading(const struct cli_out *o, const char *title)
{
	fputc('\n', o->fp);
	put_bold(o, title);
	fputc('\n', o->fp);
}

/* `missing` says what was not found: "tekdip: NAME: MISSING"; a database
 * failure names the file, as one at open does: "tekdip: PATH: REASON". */
static int
report(struct store *st, const struct cli_out *o, int rc, const char *missing, const char *name)
{
	if (rc == STORE_NOTFOUND)
		msg_error("tekdip: %s: %s\n", name, missing);
	else if (rc != STORE_OK)
		msg_error("tekdip: %s: %s\n", o->db ? o->db : "database",
		    *store_error(st) ? store_error(st) : _("cannot be read"));
	return rc == STORE_OK ? EXIT_OK : EXIT_RUNTIME;
}

int
cli_kinds(struct store *st, const struct cli_out *o)
{
	struct store_kinds k;
	int rc = store_kinds(st, &k);

	for (size_t i = 0; rc == STORE_OK && i < k.n; i++)
		fprintf(o->fp, "%-16s %5d  %s\n", k.v[i].slug, k.v[i].count,
		    i18n_pick(k.v[i].plural, k.v[i].plural_en));
	store_kinds_free(&k);
	return report(st, o, rc, _("no such kind"), "");
}

/* "name  [kind]  slug" on one line when it fits; else the name wrapped and
 * kind and slug on a line of their own, so a slug is never broken. */
static void
put_item(const struct cli_out *o, size_t indent, const struct store_item *it, const char *lead)
{
	struct buf b = BUF_INIT;
	char *line;

	buf_printf(&b, "%s  [%s]  %s", it->name, it->kind, it->slug);
	if ((line = buf_finish(&b)) == NULL)
		return;
	if (indent + text_width(line, strlen(line)) <= o->width) {
		put_wrapped(o, indent, lead ? lead : "", line);
	} else {
		put_wrapped(o, indent, lead ? lead : "", it->name);
		fprintf(o->fp, "%*s[%s]  %s\n", (int)indent + 2, "", it->kind, it->slug);
	}
	free(line);
}

int
cli_list(struct store *st, const char *what, const struct cli_out *o)
{
	struct store_items items;
	struct store_list list;
	int rc = store_concepts(st, what, &items);

	if (rc == STORE_OK && o->format != FMT_TEXT) {
		cli_format_items(o->fp, o->format, &items, NULL);
		store_items_free(&items);
		return EXIT_OK;
	}
	if (rc == STORE_OK) {
		for (size_t i = 0; i < items.n; i++)
			put_item(o, 2, &items.v[i], NULL);
		store_items_free(&items);
		return EXIT_OK;
	}
	if (rc != STORE_NOTFOUND)
		return report(st, o, rc, _("no such kind"), what);
	rc = store_list(st, what, &list);
	if (rc == STORE_OK && o->format != FMT_TEXT) {
		cli_format_items(o->fp, o->format, &list.items, &list.ref);
		store_list_free(&list);
		return EXIT_OK;
	}
	if (rc == STORE_OK) {
		fprintf(o->fp, "%s\n", list.ref.name);
		for (size_t i = 0; i < list.items.n; i++) {
			char num[32];

			snprintf(num, sizeof num, "%2zu.", i + 1);
			put_item(o, 4, &list.items.v[i], num);
		}
		store_list_free(&list);
	}
	return report(st, o, rc, _("no such kind or list"), what);
}

int
cli_lists(struct store *st, const struct cli_out *o)
{
	struct store_lists l;
	int rc = store_lists(st, &l);

	for (size_t i = 0; rc == STORE_OK && i < l.n; i++)
		fprintf(o->fp, "%s  (%d)  %s\n", l.v[i].name, l.v[i].count, l.v[i].slug);
	store_lists_free(&l);
	return report(st, o, rc, _("no such list"), "");
}

static void
put_links(const struct cli_out *o, const struct store_link *v, size_t n, const char *title)
{
	const char *label = NULL;

	if (n)
		put_heading(o, title);
	for (size_t i = 0; i < n; i++) {
		if (!label || strcmp(label, v[i].label_en) != 0) {
			label = v[i].label_en;
			fprintf(o->fp, "  %s:\n", i18n_pick(v[i].label, v[i].label_en));
		}
		put_item(o, 4, &v[i].target, NULL);
	}
}

static void
put_cites(const struct cli_out *o, const struct store_concept *c)
{
	put_heading(o, _("Citations"));
	for (size_t i = 0; i < c->ncites; i++) {
		const struct store_cite *ci = &c->cites[i];
		char lead[32];
		char *src = NULL;
		size_t len = strlen(ci->article_name) + 64 +
		    (ci->outlet ? strlen(ci->outlet) : 0);

		if ((src = malloc(len)) == NULL)
			continue;
		snprintf(src, len, "%s (%s, %s)", ci->article_name,
		    ci->outlet ? ci->outlet : _("outlet not stated"),
		    ci->date ? ci->date : _("date not stated"));
		snprintf(lead, sizeof lead, "  [%zu]", i + 1);
		put_wrapped(o, 7, lead, src);
		free(src);
		len = strlen(ci->quote) + 3;
		if ((src = malloc(len)) != NULL) {
			snprintf(src, len, "\"%s\"", ci->quote);
			put_wrapped(o, 7, NULL, src);
			free(src);
		}
	}
}

static void
put_article(const struct cli_out *o, const struct store_concept *c)
{
	const char *unknown = _("(not stated in the article)");

	fprintf(o->fp, _("Title: %s"), c->title ? c->title : unknown);
	fputc('\n', o->fp);
	fprintf(o->fp, _("Outlet: %s"), c->outlet ? c->outlet : unknown);
	fputc('\n', o->fp);
	fprintf(o->fp, _("Date: %s"), c->date ? c->date : unknown);
	fputc('\n', o->fp);
	fprintf(o->fp, _("URL: %s"), c->url ? c->url : unknown);
	fputc('\n', o->fp);
	if (c->nmentions)
		put_heading(o, _("Concepts, in order of appearance"));
	for (size_t i = 0; i < c->nmentions; i++)
		put_item(o, 2, &c->mentions[i].item, NULL);
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
cli_show(struct store *st, const char *slug, const struct cli_out *o)
{
	struct store_concept c;
	int rc = store_concept(st, slug, &c);

	if (rc == STORE_NOTFOUND) {
		struct buf b = BUF_INIT;
		char *hint;

		suggest(st, slug, &b);
		buf_addc(&b, '\0');
		hint = buf_finish(&b);
		msg_error(_("tekdip: %s: no such concept%s"), slug, hint ? hint : "");
		free(hint);
		return EXIT_RUNTIME;
	}
	if (rc != STORE_OK)
		return report(st, o, rc, _("no such concept"), slug);
	if (o->format != FMT_TEXT) {
		cli_format_concept(o->fp, o->format, &c);
		store_concept_free(&c);
		return EXIT_OK;
	}
	put_bold(o, c.self.name);
	fprintf(o->fp, "  [%s]  %s\n", c.self.kind, c.self.slug);
	fprintf(o->fp, _("English: %s"), c.self.name_en);
	fputc('\n', o->fp);
	put_wrapped(o, 7, _("Gloss:"), c.self.gloss);
	if (c.naliases) {
		struct buf b = BUF_INIT;
		char *line;

		for (size_t i = 0; i < c.naliases; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", c.aliases[i]);
		if ((line = buf_finish(&b)) != NULL)
			put_wrapped(o, 7, _("Also:"), line);
		free(line);
	}
	if (c.role) {
		fprintf(o->fp, _("Role: %s"), c.role);
		fputc('\n', o->fp);
	}
	if (c.date && strcmp(c.self.kind, "article") != 0) {
		fprintf(o->fp, _("Date: %s"), c.date);
		fputc('\n', o->fp);
	}
	if (strcmp(c.self.kind, "article") == 0)
		put_article(o, &c);
	fputc('\n', o->fp);
	put_wrapped(o, 0, NULL, c.summary);
	put_links(o, c.links, c.nlinks, _("Links"));
	put_links(o, c.backlinks, c.nbacklinks, _("Referenced by"));
	if (c.nlists)
		put_heading(o, _("In enumerated lists"));
	for (size_t i = 0; i < c.nlists; i++) {
		struct buf b = BUF_INIT;
		char *line;

		buf_printf(&b, _("%d of %d in %s  (%s)"), c.lists[i].pos, c.lists[i].count,
		    c.lists[i].name, c.lists[i].slug);
		if ((line = buf_finish(&b)) != NULL)
			put_wrapped(o, 2, "", line);
		free(line);
	}
	put_cites(o, &c);
	store_concept_free(&c);
	return EXIT_OK;
}

/* Machine formats get the snippet whole-width: the reader cuts it. */
static void
search_formatted(const struct cli_out *o, const struct store_hits *h)
{
	char **snips = calloc(h->n ? h->n : 1, sizeof *snips);

	if (!snips)
		return;
	for (size_t i = 0; i < h->n; i++)
		snips[i] = search_snippet(&h->v[i], &h->tokens, 200);
	cli_format_hits(o->fp, o->format, h, snips);
	for (size_t i = 0; i < h->n; i++)
		free(snips[i]);
	free(snips);
}

int
cli_search(struct store *st, const char *query, size_t limit, const struct cli_out *o)
{
	struct store_hits h;
	int rc = store_search(st, query, limit, 0, &h);

	if (rc != STORE_OK)
		return report(st, o, rc, "", query);
	if (h.tokens.truncated)
		msg_error(_("tekdip: the query was cut to %d bytes and %d words\n"),
		    TEXT_QUERY_MAX, TEXT_TOKENS_MAX);
	if (o->format != FMT_TEXT)
		search_formatted(o, &h);
	for (size_t i = 0; o->format == FMT_TEXT && i < h.n; i++) {
		char *snip = search_snippet(&h.v[i], &h.tokens, o->width > 16 ? o->width - 6 : 10);

		put_item(o, 2, &h.v[i].item, NULL);
		if (snip && *snip && strcmp(snip, h.v[i].item.name) != 0)
			fprintf(o->fp, "      %s\n", snip);
		free(snip);
	}
	if (h.n == 0)
		msg_error(_("tekdip: nothing matches `%s'\n"), query);
	rc = h.n ? EXIT_OK : EXIT_RUNTIME;
	store_hits_free(&h);
	return rc;
}

static int export_partial;	/* a concept was left out */

/* One concept's handout; -1 when the database fails.  A concept listed
 * but not found again (a slug the lookup cannot match) is left out with
 * a line on stderr, and the export goes on; *partial says so. */
static int
export_one(struct store *st, const char *slug, const struct cli_out *o)
{
	struct store_concept c;
	int rc = store_concept(st, slug, &c);

	if (rc == STORE_NOTFOUND) {
		msg_error(_("tekdip: %s: listed, but cannot be read: left out of the export\n"), slug);
		export_partial = 1;
		return 0;
	}
	if (rc != STORE_OK)
		return -1;
	cli_format_concept(o->fp, FMT_MARKDOWN, &c);
	store_concept_free(&c);
	return 0;
}

static int
export_kind(struct store *st, const struct store_kind *k, const struct cli_out *o)
{
	struct store_items it;
	int rc = store_concepts(st, k->slug, &it);

	if (rc == STORE_NOTFOUND)
		return STORE_OK;
	fprintf(o->fp, "# %s\n\n", i18n_pick(k->plural, k->plural_en));
	for (size_t i = 0; rc == STORE_OK && i < it.n; i++)
		if (export_one(st, it.v[i].slug, o) < 0)
			rc = STORE_ERROR;
	store_items_free(&it);
	return rc;
}

/* A concept and every concept it links to or is linked from: a briefing. */
static int
export_concept(struct store *st, const char *slug, const struct cli_out *o)
{
	struct store_concept c;
	int rc = store_concept(st, slug, &c);

	if (rc != STORE_OK)
		return rc;
	fprintf(o->fp, _("# Briefing: %s\n\n"), c.self.name);
	cli_format_concept(o->fp, FMT_MARKDOWN, &c);
	fputs(_("# Linked concepts\n\n"), o->fp);
	for (size_t i = 0; rc == STORE_OK && i < c.nlinks + c.nbacklinks; i++) {
		const struct store_link *l = i < c.nlinks ? &c.links[i] : &c.backlinks[i - c.nlinks];

		if (export_one(st, l->target.slug, o) < 0)
			rc = STORE_ERROR;
	}
	store_concept_free(&c);
	return rc;
}

int
cli_export(struct store *st, const char *what, const struct cli_out *o)
{
	struct store_kinds k;
	int rc = store_kinds(st, &k), found = 0;

	fputs(_("<!-- tekdip briefing pack: every quote is word for word from its article -->\n\n"), o->fp);
	for (size_t i = 0; rc == STORE_OK && i < k.n; i++) {
		if (strcmp(what, "all") == 0 || strcmp(what, k.v[i].slug) == 0) {
			rc = export_kind(st, &k.v[i], o);
			found = 1;
		}
	}
	store_kinds_free(&k);
	if (rc == STORE_OK && !found)
		rc = export_concept(st, what, o);
	rc = report(st, o, rc, _("no such kind or concept"), what);
	return export_partial ? EXIT_RUNTIME : rc;
}
