/* fixture.c: a small but complete database: kinds, Vietnamese names, links, a list. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "store.h"
#include "store_build.h"

static const char schema_path[] = "/data/schema.sql";

static char *
fixture_path(const char *name)
{
	const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	size_t n = strlen(dir) + strlen(name) + 32;
	char *p = malloc(n);

	snprintf(p, n, "%s/tekdip-test-%ld-%s", dir, (long)getpid(), name);
	return p;
}

char *
fixture_file(const char *name, const void *data, size_t len)
{
	char *p = fixture_path(name);
	FILE *fp = fopen(p, "wb");

	if (!fp)
		abort();
	if (len)
		fwrite(data, 1, len, fp);
	fclose(fp);
	return p;
}

void
fixture_remove(char *path)
{
	if (path)
		unlink(path);
	free(path);
}

struct store *
fixture_bundled_open(void)
{
	const char *top = getenv("top_builddir");
	char path[4096], *err = NULL;
	struct store *st;

	snprintf(path, sizeof path, "%s/tekdip.db", top ? top : ".");
	if (!(st = store_open(path, &err)))
		fprintf(stderr, "%s: %s\n", path, err ? err : "cannot open");
	free(err);
	return st;
}

char *
fixture_slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *text;
	long len;

	if (!fp || fseek(fp, 0, SEEK_END) != 0 || (len = ftell(fp)) < 0) {
		if (fp)
			fclose(fp);
		return NULL;
	}
	rewind(fp);
	if ((text = calloc(1, (size_t)len + 1)) != NULL && fread(text, 1, (size_t)len, fp) != (size_t)len) {
		free(text);
		text = NULL;
	}
	fclose(fp);
	return text;
}

char *
fixture_schema(void)
{
	const char *top = getenv("top_srcdir") ? getenv("top_srcdir") : ".";
	size_t n = strlen(top) + sizeof schema_path;
	char *path = malloc(n), *text;

	snprintf(path, n, "%s%s", top, schema_path);
	text = fixture_slurp(path);
	free(path);
	if (!text)
		abort();
	return text;
}

#define OK(call) do { if ((call) != 0) { fprintf(stderr, "fixture: %s\n", build_error(b)); abort(); } } while (0)

/* A builder on a new file of the fixture directory, its path in *path. */
static struct builder *
fixture_begin(const char *name, char **path)
{
	char *schema = fixture_schema(), *err = NULL;
	struct builder *b;

	*path = fixture_path(name);
	if ((b = build_open(*path, schema, &err)) == NULL) {
		fprintf(stderr, "fixture: %s\n", err);
		abort();
	}
	free(schema);
	return b;
}

static void
fixture_finish(struct builder *b)
{
	char *err = NULL;

	if (build_finish(b, &err) != 0) {
		fprintf(stderr, "fixture: %s\n", err);
		abort();
	}
}

/* Ids in display order (kind, folded name), as the builder requires. */
enum { PILLAR = 1, RULES, TRENDS, AI, KOREA, PHAM, ARTICLE };

char *
fixture_db(void)
{
	char *path;
	struct builder *b = fixture_begin("fixture.db", &path);
	static const int64_t cited[] = { PILLAR, TRENDS, RULES, AI, KOREA, PHAM };

	OK(build_kind(b, 1, "pillar", "Pilar", "Pillar", "Pilar", "Pillars", "g"));
	OK(build_kind(b, 2, "task", "Tugas", "Task", "Tugas", "Tasks", "g"));
	OK(build_kind(b, 3, "technology", "Teknologi", "Technology", "Teknologi", "Technologies", "g"));
	OK(build_kind(b, 4, "partner", "Mitra", "Partner", "Mitra", "Partners", "g"));
	OK(build_kind(b, 5, "actor", "Tokoh", "Actor", "Tokoh", "Actors", "g"));
	OK(build_kind(b, 6, "article", "Artikel", "Article", "Artikel", "Articles", "g"));
	OK(build_relation(b, 1, "contains", "memuat", "contains", "bagian dari", "part of"));
	OK(build_relation(b, 2, "cooperates-on", "bekerja sama dalam", "cooperates on",
	    "mitra kerja sama", "cooperation partners"));
	OK(build_relation(b, 3, "represents", "mewakili", "represents", "diwakili oleh", "represented by"));
	OK(build_concept(b, ARTICLE, "art-one", 6, "Diplomasi sains", "Science diplomacy", "An article.",
	    "Artikel satu. Artikel dua.", NULL, "2025-08-27"));
	OK(build_article(b, ARTICLE, "000.txt", "Diplomasi sains", "Báo Quốc Tế", "https://example.invalid/a"));
	OK(build_concept(b, PILLAR, "pilar-iptek", 1, "Diplomasi iptek", "S&T diplomacy", "A pillar.",
	    "Pilar. Penting.", NULL, NULL));
	OK(build_concept(b, TRENDS, "tugas-satu", 2, "Meneliti tren", "Research trends", "Task one.",
	    "Satu. Dua.", NULL, NULL));
	OK(build_concept(b, RULES, "tugas-dua", 2, "Aturan main", "Rules of the game", "Task two.",
	    "Satu. Dua.", NULL, NULL));
	OK(build_concept(b, AI, "kecerdasan-buatan", 3, "Kecerdasan buatan", "Artificial intelligence",
	    "AI.", "AI. Teknologi. Pusat data di Đà Nẵng.", NULL, NULL));
	OK(build_concept(b, KOREA, "korea-selatan", 4, "Korea Selatan", "South Korea", "A partner.",
	    "Mitra. Strategis. Diplomasi teknologi.", NULL, NULL));
	OK(build_concept(b, PHAM, "pham-minh-chinh", 5, "Phạm Minh Chính", "Pham Minh Chinh",
	    "Prime Minister.", "Perdana Menteri. Vietnam.", "Perdana Menteri", NULL));
	OK(build_alias(b, AI, 1, "AI"));
	OK(build_alias(b, PHAM, 1, "Pham Minh Chinh"));
	/* the mentions' order: the later a concept here, the earlier its quote */
	for (size_t i = 0; i < sizeof cited / sizeof *cited; i++)
		OK(build_citation(b, cited[i], ARTICLE, 80 - (int64_t)i * 10, "a quote"));
	OK(build_citation(b, ARTICLE, ARTICLE, 0, "Diplomasi sains"));
	{
		/* the article's text: every quote above at its offset, one line */
		char text[96];

		memset(text, '.', sizeof text);
		memcpy(text, "Diplomasi sains", 15);
		for (size_t i = 0; i < sizeof cited / sizeof *cited; i++)
			memcpy(text + 80 - i * 10, "a quote", 7);
		text[sizeof text - 1] = '\n';
		OK(build_paragraphs(b, ARTICLE, text, sizeof text));
	}
	OK(build_link(b, PILLAR, 1, TRENDS, ARTICLE, "tiga tugas"));
	OK(build_link(b, PILLAR, 1, RULES, ARTICLE, "tiga tugas"));
	OK(build_link(b, KOREA, 2, AI, ARTICLE, "Korea AI"));
	OK(build_list(b, 1, "tiga-tugas", "Tiga tugas", "Three tasks", ARTICLE, 5, "tiga tugas"));
	/* the article's order, which is neither the ids' nor the names' */
	OK(build_list_item(b, 1, 1, TRENDS));
	OK(build_list_item(b, 1, 2, RULES));
	/* the search index, as tekdip-mkdb writes it: folded by build_index */
	OK(build_index(b, ARTICLE, &(struct build_search){ "Diplomasi sains", "", "Science diplomacy An article.",
	    "Artikel satu. Artikel dua.", "Diplomasi sains" }));
	OK(build_index(b, PILLAR, &(struct build_search){ "Diplomasi iptek", "Diplomasi sains dan teknologi",
	    "S&T diplomacy A pillar.", "Pilar. Penting.", "a quote" }));
	OK(build_index(b, TRENDS, &(struct build_search){ "Meneliti tren", "", "Research trends Task one.",
	    "Satu. Dua.", "a quote" }));
	OK(build_index(b, RULES, &(struct build_search){ "Aturan main", "", "Rules of the game Task two.",
	    "Satu. Dua.", "a quote" }));
	OK(build_index(b, AI, &(struct build_search){ "Kecerdasan buatan", "AI",
	    "Artificial intelligence AI.", "AI. Teknologi. Pusat data di Đà Nẵng.", "a quote" }));
	OK(build_index(b, KOREA, &(struct build_search){ "Korea Selatan", "", "South Korea A partner.",
	    "Mitra. Strategis. Diplomasi teknologi.", "a quote Korea AI" }));
	OK(build_index(b, PHAM, &(struct build_search){ "Phạm Minh Chính", "Pham Minh Chinh",
	    "Pham Minh Chinh Prime Minister.", "Perdana Menteri. Vietnam.", "a quote" }));
	OK(build_alias(b, PILLAR, 1, "Diplomasi sains dan teknologi"));
	fixture_finish(b);
	return path;
}

/*
 * `n` concepts "Konsep 00001"... of one kind (ids in name order), then the
 * article, which enumerates n / 2 lists of one.  Concept 1 is a hub:
 * backlinks from 2-6 under relation 1, 7-9 under 2, 10-n under 3 (n must
 * be 10 or more).
 */
char *
fixture_many_db(int n)
{
	static const char *const relation[] = { "a", "b", "c" };
	char name[32], slug[32], *path;
	struct builder *b;

	if (n < 10) {
		fprintf(stderr, "fixture: %d concepts, 10 at least\n", n);
		abort();
	}
	b = fixture_begin("many.db", &path);
	OK(build_kind(b, 1, "pillar", "Pilar", "Pillar", "Pilar", "Pillars", "g"));
	OK(build_kind(b, 2, "article", "Artikel", "Article", "Artikel", "Articles", "g"));
	for (int r = 1; r <= 3; r++)
		OK(build_relation(b, r, relation[r - 1], "x", "x", "y", "y"));
	OK(build_concept(b, n + 1, "artikel", 2, "Artikel", "Article", "g", "s", NULL, NULL));
	for (int id = 1; id <= n; id++) {
		snprintf(name, sizeof name, "Konsep %05d", id);
		snprintf(slug, sizeof slug, "konsep-%05d", id);
		OK(build_concept(b, id, slug, 1, name, name, "g", "s", NULL, NULL));
		OK(build_index(b, id, &(struct build_search){ name, "", "", "", "" }));
		if (id > 1)
			OK(build_link(b, id, id <= 6 ? 1 : id <= 9 ? 2 : 3, 1, n + 1, "q"));
		if (id % 2 == 0) {	/* n / 2 lists of one */
			snprintf(name, sizeof name, "Daftar %05d", id / 2);
			snprintf(slug, sizeof slug, "daftar-%05d", id / 2);
			OK(build_list(b, id / 2, slug, name, name, n + 1, id, "q"));
			OK(build_list_item(b, id / 2, 1, id));
		}
	}
	fixture_finish(b);
	return path;
}

struct store *
fixture_many_open(int n, char **path)
{
	char *err = NULL;
	struct store *st;

	*path = fixture_many_db(n);
	if ((st = store_open(*path, &err)) == NULL) {
		fprintf(stderr, "fixture: %s: %s\n", *path, err ? err : "out of memory");
		abort();
	}
	return st;
}

void
fixture_store_close(struct store *st, char *path)
{
	store_close(st);
	fixture_remove(path);
}

static char *fixture_db_path;

int
fixture_open(void **state)
{
	char *err = NULL;

	fixture_db_path = fixture_db();
	*state = store_open(fixture_db_path, &err);
	if (!*state)
		fprintf(stderr, "open: %s\n", err);
	free(err);
	return *state ? 0 : -1;
}

int
fixture_close(void **state)
{
	store_close(*state);
	fixture_remove(fixture_db_path);
	fixture_db_path = NULL;
	return 0;
}
