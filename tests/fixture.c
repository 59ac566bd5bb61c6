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

static char *
read_schema(void)
{
	const char *top = getenv("top_srcdir") ? getenv("top_srcdir") : ".";
	size_t n = strlen(top) + sizeof schema_path;
	char *path = malloc(n), *text;
	FILE *fp;
	long len;

	snprintf(path, n, "%s%s", top, schema_path);
	fp = fopen(path, "rb");
	free(path);
	if (!fp)
		abort();
	fseek(fp, 0, SEEK_END);
	len = ftell(fp);
	rewind(fp);
	text = calloc(1, (size_t)len + 1);
	if (fread(text, 1, (size_t)len, fp) != (size_t)len)
		abort();
	fclose(fp);
	return text;
}

#define OK(call) do { if ((call) != 0) { fprintf(stderr, "fixture: %s\n", build_error(b)); abort(); } } while (0)

/* ids: 1 article, 2 pillar, 3-4 tasks, 5 technology, 6 partner, 7 actor */
char *
fixture_db(void)
{
	char *path = fixture_path("fixture.db"), *schema = read_schema(), *err = NULL;
	struct builder *b = build_open(path, schema, &err);

	if (!b) {
		fprintf(stderr, "fixture: %s\n", err);
		abort();
	}
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
	OK(build_concept(b, 1, "art-one", 6, "Diplomasi sains", "Science diplomacy", "An article.",
	    "Artikel satu. Artikel dua.", NULL, "2025-08-27"));
	OK(build_article(b, 1, "000.txt", "Diplomasi sains", "Báo Quốc Tế", "https://example.invalid/a"));
	OK(build_concept(b, 2, "pilar-iptek", 1, "Diplomasi iptek", "S&T diplomacy", "A pillar.",
	    "Pilar. Penting.", NULL, NULL));
	OK(build_concept(b, 3, "tugas-satu", 2, "Meneliti tren", "Research trends", "Task one.",
	    "Satu. Dua.", NULL, NULL));
	OK(build_concept(b, 4, "tugas-dua", 2, "Aturan main", "Rules of the game", "Task two.",
	    "Satu. Dua.", NULL, NULL));
	OK(build_concept(b, 5, "kecerdasan-buatan", 3, "Kecerdasan buatan", "Artificial intelligence",
	    "AI.", "AI. Teknologi. Pusat data di Đà Nẵng.", NULL, NULL));
	OK(build_concept(b, 6, "korea-selatan", 4, "Korea Selatan", "South Korea", "A partner.",
	    "Mitra. Strategis. Diplomasi teknologi.", NULL, NULL));
	OK(build_concept(b, 7, "pham-minh-chinh", 5, "Phạm Minh Chính", "Pham Minh Chinh",
	    "Prime Minister.", "Perdana Menteri. Vietnam.", "Perdana Menteri", NULL));
	OK(build_alias(b, 5, 1, "AI"));
	OK(build_alias(b, 7, 1, "Pham Minh Chinh"));
	for (int64_t id = 2; id <= 7; id++)
		OK(build_citation(b, id, 1, 100 - id * 10, "a quote"));
	OK(build_citation(b, 1, 1, 0, "Diplomasi sains"));
	OK(build_link(b, 2, 1, 3, 1, "tiga tugas"));
	OK(build_link(b, 2, 1, 4, 1, "tiga tugas"));
	OK(build_link(b, 6, 2, 5, 1, "Korea AI"));
	OK(build_list(b, 1, "tiga-tugas", "Tiga tugas", "Three tasks", 1, 5, "tiga tugas"));
	OK(build_list_item(b, 1, 1, 4));
	OK(build_list_item(b, 1, 2, 3));
	/* the search index, as tekdip-mkdb writes it: folded by build_index */
	OK(build_index(b, 1, &(struct build_search){ "Diplomasi sains", "", "Science diplomacy An article.",
	    "Artikel satu. Artikel dua.", "Diplomasi sains" }));
	OK(build_index(b, 2, &(struct build_search){ "Diplomasi iptek", "Diplomasi sains dan teknologi",
	    "S&T diplomacy A pillar.", "Pilar. Penting.", "a quote" }));
	OK(build_index(b, 3, &(struct build_search){ "Meneliti tren", "", "Research trends Task one.",
	    "Satu. Dua.", "a quote" }));
	OK(build_index(b, 4, &(struct build_search){ "Aturan main", "", "Rules of the game Task two.",
	    "Satu. Dua.", "a quote" }));
	OK(build_index(b, 5, &(struct build_search){ "Kecerdasan buatan", "AI",
	    "Artificial intelligence AI.", "AI. Teknologi. Pusat data di Đà Nẵng.", "a quote" }));
	OK(build_index(b, 6, &(struct build_search){ "Korea Selatan", "", "South Korea A partner.",
	    "Mitra. Strategis. Diplomasi teknologi.", "a quote Korea AI" }));
	OK(build_index(b, 7, &(struct build_search){ "Phạm Minh Chính", "Pham Minh Chinh",
	    "Pham Minh Chinh Prime Minister.", "Perdana Menteri. Vietnam.", "a quote" }));
	OK(build_alias(b, 2, 1, "Diplomasi sains dan teknologi"));
	if (build_finish(b, &err) != 0) {
		fprintf(stderr, "fixture: %s\n", err);
		abort();
	}
	free(schema);
	return path;
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
