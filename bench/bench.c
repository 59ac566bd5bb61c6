/* bench.c: tekdip-bench, in-process timings of a database: search per keystroke, a typo's suggestion, the hub's page and map, a plain FTS5 query, peak RSS. */
#include "config.h"

#include <dirent.h>
#include <err.h>
#include <limits.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <sqlite3.h>

#include "action.h"
#include "browser.h"
#include "buf.h"
#include "common.h"
#include "page.h"
#include "search.h"
#include "state.h"
#include "store.h"
#include "text.h"
#include "view.h"

#define TERM_COLS 80	/* the terminal the browser is measured in */
#define TERM_ROWS 24
#define WIDTH 78	/* its body's text: the selection marker and a space go first */

/* Each measurement stops repeating after this long (but after 3 repeats at
 * least), so a 100k database costs minutes, not an hour. */
static double budget_ms = 60000;

static void __attribute__((noreturn))
die(const char *what, const char *why)
{
	errx(1, "%s: %s", what, why ? why : "out of memory");
}

/* --- samples ------------------------------------------------------------- */

struct samples {
	double *v;
	size_t n, cap;
};

static void
sample(struct samples *s, double ms)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 256;
		s->v = xreallocarray(s->v, s->cap, sizeof *s->v);
	}
	s->v[s->n++] = ms;
}

/* "NAME_med", "NAME_p99", "NAME_max" and "NAME_n" lines, which run.sh reads with awk. */
static void
report(const char *name, struct samples *s)
{
	double max = 0;

	for (size_t i = 0; i < s->n; i++)
		max = s->v[i] > max ? s->v[i] : max;
	printf("%s_med %.3f\n", name, quantile(s->v, s->n, 0.5));
	printf("%s_p99 %.3f\n", name, quantile(s->v, s->n, 0.99));
	printf("%s_max %.3f\n", name, max);
	printf("%s_n %zu\n", name, s->n);
}

/* Stop before repeat `r` (0-based; -1 warms up) once the budget is spent. */
static int
enough(int r, double start)
{
	return r >= 3 && now_ms() - start > budget_ms;
}

static long
peak_rss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;	/* kilobytes on Linux */
}

/* --- (a) search per keystroke ------------------------------------------- */

/*
 * What one keystroke costs the real browser: browser_key() on an open
 * prompt rebuilds the results page (view_search: store_search for 50
 * results, then the rows) and, when the first result changed, the preview
 * (store_concept of that result).  Drawing to the terminal is not counted.
 * Each repeat opens the prompt with `/`, types the query and leaves with Esc.
 * `name` prefixes the lines reported: "key" for the query, "keytypo" for
 * it misspelt, where each prefix past the typo is corrected as it is typed.
 */
static void
bench_keystrokes(struct store *st, const char *name, const char *query, int repeats, int verbose)
{
	struct samples all = { 0 }, cpu = { 0 };
	size_t len = strlen(query), worst = 0;
	double start;
	int done = 0;
	double *per = calloc(len, sizeof *per);
	struct browser b;
	char *msg = NULL, label[32];

	if (!per)
		die("keystrokes", NULL);
	if (browser_open(&b, st, NULL, TERM_COLS, TERM_ROWS, &msg) < 0)
		die("browser_open", msg);
	start = now_ms();
	for (int r = -1; r < repeats && !enough(r, start); r++) {	/* -1 warms up */
		browser_key(&b, '/');
		for (size_t i = 0; i < len; i++) {
			double t0 = now_ms(), c0 = cpu_ms(), dt;

			browser_key(&b, (unsigned char)query[i]);
			dt = now_ms() - t0;
			if (r < 0)
				continue;
			sample(&all, dt);
			sample(&cpu, cpu_ms() - c0);
			per[i] += dt;
		}
		done += r >= 0;
		if (strcmp(b.prompt.text, query) != 0)
			die("keystrokes", "the prompt did not get the query");
		browser_key(&b, K_ESC);
	}
	browser_close(&b);
	report(name, &all);
	snprintf(label, sizeof label, "%scpu", name);
	report(label, &cpu);
	/* the slowest prefix on average: where a fix would pay */
	for (size_t i = 0; i < len; i++)
		per[i] /= done;
	for (size_t i = 1; i < len; i++)
		if (per[i] > per[worst])
			worst = i;
	printf("%s_worst_prefix %.*s\n", name, (int)worst + 1, query);
	printf("%s_worst_ms %.3f\n", name, per[worst]);
	if (verbose)
		for (size_t i = 0; i < len; i++)
			fprintf(stderr, "  keystroke %-22.*s %8.3f ms\n", (int)i + 1, query, per[i]);
	free(per);
	free(all.v);
	free(cpu.v);
}

/* store_search alone, for each prefix: the results page's share of a keystroke. */
static void
bench_search_parts(struct view_ctx *ctx, const char *query, int repeats)
{
	double start = now_ms();
	struct samples search = { 0 };
	size_t len = strlen(query);
	char prefix[SLUG_MAX];

	for (int r = -1; r < repeats && !enough(r, start); r++) {
		for (size_t i = 1; i <= len; i++) {
			struct store_hits h;
			double t0 = now_ms();

			memcpy(prefix, query, i);
			prefix[i] = '\0';
			if (store_search(ctx->st, prefix, SEARCH_PAGE, 0, &h) != STORE_OK)
				die("store_search", store_error(ctx->st));
			store_hits_free(&h);
			if (r >= 0)
				sample(&search, now_ms() - t0);
		}
	}
	report("search", &search);
	free(search.v);
}

/* The query with two letters swapped in the middle of each word of five
 * letters or more: the typo a suggestion must correct. */
static void
misspell(const char *query, char *out, size_t size)
{
	size_t i = 0;

	snprintf(out, size, "%s", query);
	while (out[i]) {
		size_t len = strcspn(out + i, " ");

		if (len >= 5) {
			char c = out[i + len / 2 - 1];

			out[i + len / 2 - 1] = out[i + len / 2];
			out[i + len / 2] = c;
		}
		i += len + strspn(out + i + len, " ");
	}
}

/*
 * A suggestion: each misspelt word alone, searched as the prompt does
 * (store_search_ex for a page, which finds that no term starts with the
 * word and reads the term table for the nearest).  The suggestion must
 * be made, and be the word before the typo.
 */
static void
bench_suggest(struct store *st, const char *query, const char *typo, int repeats)
{
	double start = now_ms();
	struct samples sug = { 0 };

	for (int r = -1; r < repeats && !enough(r, start); r++) {
		for (size_t i = 0, j = 0; typo[i]; ) {
			size_t len = strcspn(typo + i, " "), qlen = strcspn(query + j, " ");
			char word[SLUG_MAX];
			struct store_hits h;
			double t0;

			snprintf(word, sizeof word, "%.*s", (int)len, typo + i);
			t0 = now_ms();
			if (store_search_ex(st, word, 0, SEARCH_PAGE, 0, &h) != STORE_OK)
				die("store_search_ex", store_error(st));
			if (r >= 0 && strncmp(word, query + j, qlen) != 0)
				sample(&sug, now_ms() - t0);
			if (strncmp(word, query + j, qlen) != 0 && (!h.suggestion ||
			    strlen(h.suggestion) != qlen || strncmp(h.suggestion, query + j, qlen) != 0))
				die(word, "no suggestion, or not the word before the typo");
			store_hits_free(&h);
			i += len + strspn(typo + i + len, " ");
			j += qlen + strspn(query + j + qlen, " ");
		}
	}
	if (sug.n == 0)
		die("suggest", "no word of the query is long enough to misspell");
	report("suggest", &sug);
	free(sug.v);
}

/* --- (b) the hub --------------------------------------------------------- */

/*
 * The two concepts with the most links and backlinks: the hub page reads
 * the first's, a comparison of the two the most rows.  The store has no
 * such question (list rows' link counts are not shown anywhere, so a store
 * may leave them out), so ask the file directly, through the link indexes.
 */
static void
find_hubs(const char *path, char *hub, char *second, size_t size, int *nlinks)
{
	sqlite3 *db;
	sqlite3_stmt *st;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		die(path, sqlite3_errmsg(db));
	if (sqlite3_prepare_v2(db, "SELECT c.slug, n FROM (SELECT id, sum(n) AS n FROM "
	    "(SELECT src AS id, count(*) AS n FROM link GROUP BY src UNION ALL "
	    "SELECT dst, count(*) FROM link GROUP BY dst) GROUP BY id) "
	    "JOIN concept c USING (id) ORDER BY n DESC, c.slug LIMIT 2", -1, &st, NULL) != SQLITE_OK)
		die("prepare", sqlite3_errmsg(db));
	if (sqlite3_step(st) != SQLITE_ROW)
		die(path, "no links at all");
	snprintf(hub, size, "%s", (const char *)sqlite3_column_text(st, 0));
	*nlinks = sqlite3_column_int(st, 1);
	if (sqlite3_step(st) != SQLITE_ROW)
		die(path, "no second concept with links");
	snprintf(second, size, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM term", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW)
		die("term", sqlite3_errmsg(db));
	/* the table a suggestion reads from */
	printf("terms %lld\n", (long long)sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* The article with the most text, and its last citation (the passage the
 * reader scrolls furthest to); 0 when the database holds no article text. */
static int
find_article(const char *path, char *slug, size_t size, int *cite)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int found;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		die(path, sqlite3_errmsg(db));
	if (sqlite3_prepare_v2(db, "SELECT c.slug, (SELECT max(id) FROM citation WHERE article = c.id) "
	    "FROM paragraph p JOIN concept c ON c.id = p.article GROUP BY p.article "
	    "ORDER BY sum(length(p.text)) DESC LIMIT 1", -1, &st, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return 0;	/* a database of an older format */
	}
	if ((found = sqlite3_step(st) == SQLITE_ROW)) {
		snprintf(slug, size, "%s", (const char *)sqlite3_column_text(st, 0));
		*cite = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return found;
}

static void
bench_view(struct view_ctx *ctx, const char *name, enum view_type v, const char *slug,
    int num, int repeats)
{
	double start = now_ms();
	struct samples s = { 0 }, cpu = { 0 };
	struct target t = target_make(v, slug);
	char cname[64];

	t.passage = num;	/* V_ARTICLE: the passage it opens at */
	if (v == V_MAP)
		t.depth = num;	/* V_MAP: how many steps out */
	size_t rows = 0;

	for (int r = -1; r < repeats && !enough(r, start); r++) {
		struct page p;
		double t0 = now_ms(), c0 = cpu_ms();

		if (view_build(ctx, &t, WIDTH, &p) != STORE_OK)
			die("view_build", store_error(ctx->st));
		if (r >= 0) {
			sample(&s, now_ms() - t0);
			sample(&cpu, cpu_ms() - c0);
		}
		rows = p.nrows;
		page_free(&p);
	}
	report(name, &s);
	snprintf(cname, sizeof cname, "%scpu", name);
	report(cname, &cpu);
	printf("%s_rows %zu\n", name, rows);
	free(s.v);
	free(cpu.v);
}

/* --- (c) the same words through plain SQLite ----------------------------- */

/*
 * The ranked query with nothing of tekdip's around it: no tiers, no count,
 * no link counts, no snippets.  What FTS5 itself costs per keystroke is
 * the floor any change to store.c can reach.
 */
static void
bench_plain_sql(const char *path, const char *query, int repeats)
{
	double start = now_ms();
	struct samples s = { 0 };
	size_t len = strlen(query), rows = 0;
	sqlite3 *db;
	sqlite3_stmt *st;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		die(path, sqlite3_errmsg(db));
	if (sqlite3_prepare_v2(db, "SELECT rowid FROM search WHERE search MATCH ?1 "
	    "ORDER BY rank LIMIT 20", -1, &st, NULL) != SQLITE_OK)
		die("prepare", sqlite3_errmsg(db));
	for (int r = -1; r < repeats && !enough(r, start); r++) {
		for (size_t i = 1; i <= len; i++) {
			struct text_tokens tok;
			struct buf m = BUF_INIT;
			char *match;
			double t0;
			int rc;

			/* "teknologi"* "d"*: each folded word a prefix, as store.c does */
			t0 = now_ms();
			if (text_tokens(query, i, &tok) < 0)
				die("text_tokens", NULL);
			if (tok.n == 0)
				continue;
			for (size_t k = 0; k < tok.n; k++)
				buf_printf(&m, "%s\"%s\"*", k ? " " : "", tok.v[k]);
			if (!(match = buf_finish(&m)))
				die("query", NULL);
			sqlite3_bind_text(st, 1, match, -1, free);
			rows = 0;
			while ((rc = sqlite3_step(st)) == SQLITE_ROW)
				rows++;
			if (rc != SQLITE_DONE)
				die("step", sqlite3_errmsg(db));
			sqlite3_reset(st);
			if (r >= 0)
				sample(&s, now_ms() - t0);
		}
	}
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM link", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		printf("links %lld\n", (long long)sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	report("sql", &s);
	printf("sql_rows %zu\n", rows);
	free(s.v);
}

/* --- the text dump, scanned per keystroke -------------------------------- */

/*
 * The paragraphs of the dump holding every typed word (ASCII case
 * ignored): what searching a plain text costs without an index, the way
 * a pager's / or grep does it, done in memory so no process start counts.
 */
static void
bench_text(const char *path, const char *query, int repeats)
{
	double start = now_ms();
	struct samples s = { 0 };
	size_t len, qlen = strlen(query), found = 0;
	char *text = slurp(path, &len);

	for (size_t i = 0; i < len; i++)
		if (text[i] >= 'A' && text[i] <= 'Z')
			text[i] = (char)(text[i] - 'A' + 'a');
	printf("text_bytes %zu\n", len);
	for (int r = -1; r < repeats && !enough(r, start); r++) {
		for (size_t i = 1; i <= qlen; i++) {
			struct text_tokens tok;
			double t0 = now_ms();
			const char *p = text, *end = text + len;

			if (text_tokens(query, i, &tok) < 0)
				die("text_tokens", NULL);
			found = 0;
			while (p < end) {
				const char *q = memmem(p, (size_t)(end - p), "\n\n", 2);
				size_t plen = q ? (size_t)(q - p) : (size_t)(end - p);
				size_t k;

				for (k = 0; k < tok.n; k++)
					if (!memmem(p, plen, tok.v[k], strlen(tok.v[k])))
						break;
				found += tok.n && k == tok.n;
				p += plen + 2;
			}
			if (r >= 0)
				sample(&s, now_ms() - t0);
		}
	}
	report("text", &s);
	printf("text_found %zu\n", found);
	free(text);
	free(s.v);
}

/* The state directory the browser made under `xdg` (its lock, the searches
 * typed), then `xdg`. */
static void
remove_state(const char *xdg)
{
	char dir[PATH_MAX], path[PATH_MAX];
	struct dirent *e;
	DIR *d;

	snprintf(dir, sizeof dir, "%s/tekdip", xdg);
	if ((d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path ||
			    unlink(path) != 0)
				warn("%s", path);
		}
		closedir(d);
		if (rmdir(dir) != 0)
			warn("%s", dir);
	}
	if (rmdir(xdg) != 0)
		warn("%s", xdg);
}

/* --- main ------------------------------------------------------------------ */

static void __attribute__((noreturn))
usage(void)
{
	fputs("usage: tekdip-bench [-v] [--repeat R] [--budget SECONDS] [--query Q] "
	    "[--text DUMP] DB\n", stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "repeat", required_argument, NULL, 'r' },
		{ "budget", required_argument, NULL, 'b' },
		{ "query", required_argument, NULL, 'q' },
		{ "text", required_argument, NULL, 't' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	const char *query = "teknologi diplomasi", *text = NULL, *db;
	char xdg[] = "/tmp/tekdip-bench-XXXXXX", hub[SLUG_MAX], second[SLUG_MAX], typo[SLUG_MAX], *msg = NULL;
	struct state state;
	struct view_ctx ctx;
	struct store *st;
	int repeats = 50, verbose = 0, ch, nlinks, concepts = 0;
	double t0;

	while ((ch = getopt_long(argc, argv, "b:r:q:t:v", opts, NULL)) != -1) {
		switch (ch) {
		case 'r': repeats = (int)number(optarg, 1, 1000000, "--repeat"); break;
		case 'b': budget_ms = (double)number(optarg, 1, 86400, "--budget") * 1000; break;
		case 'q': query = optarg; break;
		case 't': text = optarg; break;
		case 'v': verbose = 1; break;
		default: usage();
		}
	}
	if (argc - optind != 1 || !*query || strlen(query) >= SLUG_MAX)
		usage();
	db = argv[optind];
	/* the browser reads and writes its state under XDG_DATA_HOME: keep
	 * the reader's bookmarks and history out of the measurements */
	if (!mkdtemp(xdg))
		err(1, "mkdtemp");
	setenv("XDG_DATA_HOME", xdg, 1);

	t0 = now_ms();
	if (!(st = store_open(db, &msg)))
		die(db, msg);
	memset(&state, 0, sizeof state);
	if (view_ctx_init(&ctx, st, &state) != STORE_OK)
		die("view_ctx_init", store_error(st));
	printf("open_ms %.3f\n", now_ms() - t0);
	for (size_t k = 0; k < ctx.kinds.n; k++)
		concepts += ctx.kinds.v[k].count;
	printf("concepts %d\n", concepts);
	printf("query %s\n", query);
	printf("repeats %d\n", repeats);
	printf("sqlite_version %s\n", sqlite3_libversion());

	bench_view(&ctx, "home", V_HOME, "", 0, repeats);
	misspell(query, typo, sizeof typo);
	printf("typo %s\n", typo);
	bench_keystrokes(st, "key", query, repeats, verbose);
	bench_keystrokes(st, "keytypo", typo, repeats, verbose);
	bench_suggest(st, query, typo, repeats);
	bench_search_parts(&ctx, query, repeats);
	find_hubs(db, hub, second, sizeof hub, &nlinks);
	printf("hub %s\n", hub);
	printf("hub_links %d\n", nlinks);
	bench_view(&ctx, "hub", V_CONCEPT, hub, 0, repeats);
	/* the same page with each link's quote beneath it (e) */
	ctx.evidence = 1;
	bench_view(&ctx, "hubev", V_CONCEPT, hub, 0, repeats);
	ctx.evidence = 0;
	{
		/* the two biggest hubs side by side, and the timeline (issue 19) */
		char pair[SLUG_MAX];
		size_t n1 = strlen(hub), n2;

		if (n1 + (n2 = strlen(second)) + 1 >= sizeof pair)
			die("compare", "the hubs' slugs are too long to compare");
		memcpy(pair, hub, n1);
		pair[n1] = '\t';
		memcpy(pair + n1 + 1, second, n2 + 1);
		printf("hub2 %s\n", second);
		bench_view(&ctx, "compare", V_COMPARE, pair, 0, repeats);
		bench_view(&ctx, "timeline", V_TIMELINE, "", 0, repeats);
	}
	/* the hub's map two steps out: every box read from the store and laid out */
	bench_view(&ctx, "map", V_MAP, hub, 2, repeats);
	if (find_article(db, hub, sizeof hub, &nlinks)) {
		/* the article view at a passage: its text, every passage a link */
		printf("article %s\n", hub);
		bench_view(&ctx, "article", V_ARTICLE, hub, nlinks, repeats);
	}
	/* tekdip's own peak, before the comparisons add theirs */
	printf("rss_tekdip_kb %ld\n", peak_rss_kb());
	view_ctx_free(&ctx);
	store_close(st);

	bench_plain_sql(db, query, repeats);
	if (text)
		bench_text(text, query, repeats);
	printf("rss_kb %ld\n", peak_rss_kb());
	remove_state(xdg);
	return 0;
}
