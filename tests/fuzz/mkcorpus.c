/* mkcorpus.c: writes the seed corpora under tests/fuzz/corpus/ (run from the top source directory; see tests/fuzz/README). */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "../fixture.h"
#include "store.h"

#define S(s) s, sizeof(s) - 1	/* a literal, NULs and all, without its terminator */
#define SMALL_DB (64 * 1024)

struct seed {
	const char *name;
	const char *data;
	size_t len;
};

/* Queries: the README's, Vietnamese, and FTS5 syntax that must stay words. */
static const struct seed queries[] = {
	{ "readme-pham-minh", S("pham minh") },
	{ "readme-kecerdasan", S("kecerdasan") },
	{ "readme-iot", S("iot") },
	{ "readme-korea", S("korea") },
	{ "readme-resolusi-57", S("resolusi 57") },
	{ "readme-uni-eropa", S("uni eropa") },
	{ "readme-cptpp", S("cptpp") },
	{ "readme-nvidia", S("nvidia") },
	{ "vi-pham-minh-chinh", S("Phạm Minh Chính") },
	{ "vi-upper", S("PHAM MINH CHINH") },
	{ "vi-da-nang", S("Đà Nẵng") },
	{ "vi-decomposed", S("Pha\xcc\xa3m Minh Chi\xcc\x81nh") },
	{ "vi-outlet", S("Báo Quốc Tế") },
	{ "fts-quote-paren", S("\"korea\" (selatan* ^:") },
	{ "fts-operators", S("korea OR NEAR(ai) AND NOT x") },
	{ "fts-column-filter", S("{name alias} : korea - en:ai") },
	{ "fts-star-quote", S("\"*\"* ** \"\" \"\"\"") },
	{ "fts-near", S("NEAR(\"a\" \"b\", 2) a* + b") },
	{ "fts-sql", S("'; DROP TABLE concept; -- %_") },
	{ "long-words", S("korea korea korea korea korea korea korea korea korea korea "
	    "korea korea korea korea korea korea korea korea korea korea korea korea "
	    "korea korea korea") },
	{ "long-word", S("diplomasisainsdanteknologidieraberudiplomasisainsdanteknologidiera"
	    "baru") },
	{ "controls", S("korea\x1b[31m\t\nai\r\x7f\xc2\x9b") },
	{ "invalid-utf8", S("kor\xff" "ea \xc3 \xe2\x82 \xed\xa0\x80 \xf4\x90\x80\x80") },
	{ "nul-inside", S("ai\0korea") },
	{ "emoji-cjk", S("diplomasi \xf0\x9f\x87\xbb\xf0\x9f\x87\xb3 科学 技术") },
	{ "fold-specials", S("STRASSE ß ﬁ İ ı ǅ Ω K Å ø ł ħ") },
	{ "digits", S("57 2024 5 12") },
	{ "blank", S("   ") },
};

/* Texts: the first byte picks the width (byte % 200 + 1). */
static const struct seed texts[] = {
	{ "vi-paragraph-80", S("\x4f" "Perdana Menteri Phạm Minh Chính dan Ketua NVIDIA Jensen "
	    "Huang menyaksikan upacara penandatanganan di Đà Nẵng pada 5 Desember 2024.") },
	{ "vi-paragraph-10", S("\x09" "Perdana Menteri Phạm Minh Chính dan Ketua NVIDIA") },
	{ "invalid-utf8", S("\x13" "\xff\xfe abc \xc3\x28 \xe2\x82 \xf0\x9f\x98 \xc0\xaf "
	    "\xed\xa0\x80 \xf4\x90\x80\x80 \x80\x80\x80 end") },
	{ "esc-csi", S("\x27" "\x1b[31mred\x1b[0m \x1b[2J\x1b[H \x1b" "c reset") },
	{ "osc", S("\x27" "\x1b]52;c;ZXZpbA==\x07 \x1b]8;;https://example.invalid\x1b\\link"
	    "\x1b]8;;\x1b\\ \x1b]0;title\x07") },
	{ "c1-controls", S("\x1d" "\xc2\x9b" "31m \xc2\x9d" "0;x\xc2\x9c \xc2\x90q\xc2\x9c \xc2\x85") },
	{ "marks", S("\x07" "e\xcc\x81\xcc\x82\xcc\x83\xcc\x84\xcc\x85\xcc\x86\xcc\x87 x "
	    "\xcc\x81" "start a\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81") },
	{ "vi-decomposed", S("\x05" "Pha\xcc\xa3m Minh Chi\xcc\x81nh, \xc4\x90" "a\xcc\x80 Na\xcc\x86\xcc\x83ng") },
	{ "cjk-width-1", S("\x00" "科学技术外交，数字化转型。") },
	{ "cjk-width-3", S("\x02" "科学 技术 外交 数字化转型 人工智能") },
	{ "cjk-marks-width-1", S("\x00" "漢\xcc\x81字\xcc\x81\xcc\x82 한국어") },
	{ "emoji", S("\x03" "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f"
	    "\x91\xa7 \xf0\x9f\x87\xbb\xf0\x9f\x87\xb3 \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd "
	    "\xe2\x9d\xa4\xef\xb8\x8f \xf0\x9f\x98\x80") },
	{ "tabs-newlines", S("\x0f" "a\tb\nc\r\nd\x0b" "e\x0c" "f\t\t\tg") },
	{ "nul-bytes", S("\x0f" "before\0after\0\0end") },
	{ "long-word-10", S("\x09" "Supercalifragilisticexpialidocious-and-more https://example."
	    "invalid/a/very/long/path?x=1&y=2") },
	{ "spaces", S("\x04" "      a      b      ") },
	{ "invisible", S("\x0b" "soft\xc2\xad" "hyphen zero\xe2\x80\x8bwidth no\xc2\xa0" "break "
	    "\xe2\x80\xae" "evil\xe2\x80\xac \xef\xbb\xbf" "bom") },
	{ "fold-specials", S("\x31" "STRASSE ß ẞ ﬁ İ ı ǅ Ω K Å đĐ ø ł ħ \xcd\x85 ㎏ ①") },
	{ "hyphens", S("\x03" "a-b-c-d-e-f sains-dan-teknologi 2024-2025") },
	{ "ascii-200", S("\xc7" "The concepts of five articles: pillars, tasks, technologies, "
	    "partners, and all they link to. Enter opens, / searches, ? helps.") },
};

/* State files: the first byte picks the file (% 3: bookmarks, history,
 * searches) and whether the changes use the file's last line (/ 3 % 2). */
static const struct seed states[] = {
	{ "bookmarks-valid", S("\x00# tekdip bookmarks v1\nkorea-selatan\npham-minh-chinh\nai\n") },
	{ "history-valid", S("\x01# tekdip history v1\npham-minh-chinh\nkorea-selatan\n") },
	{ "searches-valid", S("\x02# tekdip searches v1\npham minh\nĐà Nẵng\nkorea\n") },
	{ "bookmarks-last-line", S("\x03# tekdip bookmarks v1\nkorea-selatan\nnvidia") },
	{ "history-last-line-bad", S("\x04# tekdip history v1\nkorea-selatan\nBad Slug") },
	{ "searches-last-line", S("\x05# tekdip searches v1\npham minh\n  uni eropa  ") },
	{ "bookmarks-junk", S("\x00\xff\xfe\0\x01garbage\n\n\nUPPER\nok-slug\nok-slug\n") },
	{ "bookmarks-crlf", S("\x00# tekdip bookmarks v1\r\nkorea-selatan\r\nasean\r\n") },
	{ "bookmarks-long-slug", S("\x00" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaa\nshort\n") },
	{ "history-no-header", S("\x01korea\nnvidia\nkorea\n") },
	{ "history-wrong-header", S("\x01# tekdip history v2\n# comment\nasean\n") },
	{ "history-nul", S("\x01# tekdip history v1\nkor\0ea\nasean\n") },
	{ "searches-junk", S("\x02# tekdip searches v1\n spaces \nctl\x1b[31m\n\xff\xfe\n"
	    "c1\xc2\x9b\nok query\n\n") },
	{ "searches-long", S("\x02" "0123456789012345678901234567890123456789012345678901234567890"
	    "1234567890123456789012345678901234567890123456789012345678901234567890\nok\n") },
	{ "searches-last-line-ctl", S("\x05" "a\nkorea\x7f") },
	{ "header-only", S("\x02# tekdip searches v1") },
	{ "empty-file", S("\x01") },
};

/* Documents for the writers (fuzz_write.c): flags (bit 0 raw texts, bits
 * 1-2 the type, 3 members, 4 an article, 5 numbered, 6 two documents, 7
 * color), width, the sections present, then the texts, each ended by NUL:
 * name, name_en, gloss, kind, slug, summary, summary_en, vi, role, date,
 * two aliases, the source's title, outlet, date, url and slug, a relation's
 * label, label_en and slug, a reference's name, name_en, gloss, kind and
 * slug, a quote, a snippet, a second name and quote, then a briefing's
 * title, date, stamp and the name and gloss of what it names only. */
#define HTML "<script>alert('x')</script> & \"q\" &amp; <b onclick=\"x\">b</b> <!-- c --> &#0;"
#define MD "*m* _u_ **b** `c` [l](u) ![i](u) <http://x.invalid> ~~s~~ | t | \\* a\\"
#define ROFF ".TH X 1\n'\\\" roff \\fBbold\\fP \\*(Lq \\(em \\-\\e \"q\" \\&. Ns"
#define JSON "\"}, {\"x\": [\\u0000\\\\\"\\ud800 \xe2\x80\xa8 \x7f"
#define VI "Phạm Minh Chính, Đà Nẵng, Việt Nam"
#define VI_NFD "Pha\xcc\xa3m Minh Chi\xcc\x81nh, \xc4\x90" "a\xcc\x80 Na\xcc\x86\xcc\x83ng"
static const struct seed writes[] = {
	{ "clean-html", S("\x00\x50\xff" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0"
	    HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0"
	    HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0"
	    HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0" HTML "\0"
	    HTML "\0") },
	{ "raw-markdown", S("\x51\x50\xff" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD
	    "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0"
	    MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD "\0" MD
	    "\0" MD "\0" MD "\0" MD "\0") },
	{ "raw-roff", S("\x11\x28\xff" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF
	    "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0"
	    ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF
	    "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0" ROFF "\0") },
	{ "raw-json", S("\x41\x50\xff" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON
	    "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0"
	    JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON
	    "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0" JSON "\0") },
	{ "clean-tsv", S("\x10\x50\xff" "a\tb\nc\r\nd\0e\tf\0g\0k\tk\0s\ns\0sum\tmary\0\0vi\t\0r\n\0"
	    "d\t\0al\tias\0al\nias\0t\tt\0o\to\0d\td\0u\tu\0s\ts\0l\tl\0l\te\0r\tr\0n\tn\0") },
	{ "raw-controls", S("\x01\x10\xff" "\x1b[31mred\x1b[0m\0\x1b]52;c;ZXZpbA==\x07\0\xc2\x9b" "31m\0"
	    "a\tb\0c\nd\0\x7f\0\x1b" "c\0\r\n\0\x0b\x0c\0\x08\0a\xc2\x85" "b\0") },
	{ "clean-vi", S("\x20\x30\xff" VI "\0" "Pham Minh Chinh\0Prime Minister\0person\0pham-minh-chinh\0"
	    VI ". Ông ấy nói: “Khoa học.” Tiếp theo.\0In English. Next sentence!\0" VI_NFD "\0"
	    "Thủ tướng\0" "2024-12-05\0" VI_NFD "\0Chính\0Báo Quốc Tế\0Thế Giới & Việt Nam\0"
	    "2025-01-01\0https://baoquocte.vn/a?b=1&c=2#d\0bao\0mitra\0partner\0partner-of\0"
	    "Đà Nẵng\0Da Nang\0city\0place\0da-nang\0“Đà Nẵng” là thành phố.\0Nẵng\0"
	    "Hà Nội\0" "a\xcc\x81\xcc\x82\xcc\x83\xcc\x84\xcc\x85\xcc\x86\xcc\x87\xcc\x88\xcc\x89\0") },
	{ "raw-vi-marks", S("\x43\x09\xff" VI_NFD "\0\xcc\x81start\0" "e\xcc\x81\xcc\x82\xcc\x83\xcc\x84"
	    "\xcc\x85\xcc\x86\xcc\x87 x\0\xe2\x80\xae" "evil\xe2\x80\xac\0\xef\xbb\xbf" "bom\0") },
	{ "markdown-line-starts", S("\x01\x50\xff" "# h\0- l\0" "1. n\0> q\0```\0| a | b |\0===\0---\0"
	    "    code\0+ p\0<div>\0[x]: u\0" "2) n\0~~~\0* * *\0___\0#\0-\0" "1.\0\\\0`\0``a``\0"
	    "&copy;\0a  \0 \0\0\x01\0\x01\0" "1986. x\0+\0=\0") },
	{ "roff-line-starts", S("\x00\x50\xff" ". x\0' x\0.\\\" c\0\\&\0x \\\0\"q\" \"\"\0" "a. B. C.\0"
	    ".Ss X\0'.\0Dr. No. X\0\\fB\0\\(dq\0\\[u0041]\0.Sh\0" "a.\" B\0x.) Y\0  . y\0") },
	{ "empty-and-blank", S("\x00\x50\xff" "\0 \0\0 \0\0\x01\0\x01\0\x01\0\x01\0\x01\0\0 \0\x01\0\x01\0"
	    "\x01\0\x01\0\0\0 \0\0\0\0\0\0\x01\0\x01\0\0\0\0 \0\0\0 \0") },
	{ "same-texts", S("\x46\x50\xff" "s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0"
	    "s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0s\0") },
	{ "list-members", S("\x0a\x28\x3f" "*L* <l>\0" "&L\0g\0list\0l\0") },
	{ "kind", S("\x04\x28\x20" "# K\0K\0g\0kind\0k\0") },
	{ "results", S("\x07\x28\x20" "<r>\0r\0g\0k\0s\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0*match*\0" "r\0"
	    "[r](x)\0k\0s\0q\0<snip> & `it`\0") },
	{ "narrow", S("\xe0\x00\xff" "Supercalifragilisticexpialidocious-and-more https://example.invalid/"
	    "a/very/long/path?x=1&y=2\0" VI "\0") },
	{ "color", S("\x80\x50\xff" "**bold** \x1b[1m\0") },
};

static int
write_seed(const char *dir, const char *name, const void *data, size_t len)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = malloc(n);
	FILE *fp;
	int rc = 0;

	if (path == NULL)
		return -1;
	snprintf(path, n, "%s/%s", dir, name);
	if ((fp = fopen(path, "wb")) == NULL ||
	    (len > 0 && fwrite(data, 1, len, fp) != len) || fclose(fp) == EOF) {
		fprintf(stderr, "mkcorpus: %s: %s\n", path, strerror(errno));
		rc = -1;
	}
	free(path);
	return rc;
}

static int
write_seeds(const char *top, const char *sub, const struct seed *v, size_t n)
{
	size_t len = strlen(top) + strlen(sub) + 2;
	char *dir = malloc(len);
	int rc = 0;

	if (dir == NULL)
		return -1;
	snprintf(dir, len, "%s/%s", top, sub);
	if (mkdir(dir, 0755) == -1 && errno != EEXIST) {
		fprintf(stderr, "mkcorpus: %s: %s\n", dir, strerror(errno));
		rc = -1;
	}
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = write_seed(dir, v[i].name, v[i].data, v[i].len);
	free(dir);
	return rc;
}

static void
must(sqlite3 *db, int rc, const char *what)
{
	if (rc != SQLITE_OK) {
		fprintf(stderr, "mkcorpus: %s: %s\n", what, sqlite3_errmsg(db));
		exit(1);
	}
}

/* The bytes of database `db` ("main"), malloc'd. */
static unsigned char *
image(sqlite3 *db, size_t *len)
{
	sqlite3_int64 n = 0;
	unsigned char *s = sqlite3_serialize(db, "main", &n, 0), *copy;

	if (s == NULL || (copy = malloc((size_t)n)) == NULL)
		exit(1);
	memcpy(copy, s, (size_t)n);
	sqlite3_free(s);
	*len = (size_t)n;
	return copy;
}

/* An in-memory database made by `sql` with 512-byte pages, as an image. */
static unsigned char *
sql_image(const char *sql, size_t *len)
{
	sqlite3 *db;
	unsigned char *s;

	must(NULL, sqlite3_open(":memory:", &db), "open");
	must(db, sqlite3_exec(db, "PRAGMA page_size = 512", NULL, NULL, NULL), "page_size");
	must(db, sqlite3_exec(db, sql, NULL, NULL, NULL), sql);
	s = image(db, len);
	sqlite3_close(db);
	return s;
}

/* The fixture, vacuumed into 512-byte pages so that the whole database is
 * a small seed; checked to open. */
static unsigned char *
fixture_image(size_t *len)
{
	char *path = fixture_db(), *err = NULL;
	unsigned char *s;
	struct store *st;
	sqlite3 *db;

	must(NULL, sqlite3_open(path, &db), "open fixture");
	must(db, sqlite3_exec(db, "PRAGMA page_size = 512; VACUUM", NULL, NULL, NULL), "vacuum");
	s = image(db, len);
	sqlite3_close(db);
	fixture_remove(path);
	if ((st = store_open_image(s, *len, &err)) == NULL) {
		fprintf(stderr, "mkcorpus: the fixture image does not open: %s\n", err);
		exit(1);
	}
	store_close(st);
	return s;
}

static char *
read_text(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *s;
	long n;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0)
		exit(1);
	rewind(fp);
	if ((s = calloc(1, (size_t)n + 1)) == NULL ||
	    fread(s, 1, (size_t)n, fp) != (size_t)n)
		exit(1);
	fclose(fp);
	return s;
}

/* A database with the right schema and stamps but hostile contents:
 * controls, invalid UTF-8, NULs, U+001F in aliases, NULL in NOT NULL
 * columns (no constraint is checked on read), a dangling list. */
static unsigned char *
hostile_image(const char *top, size_t *len)
{
	static const char rows[] =
	    "INSERT INTO kind VALUES (1, 'k', X'1b5b33316d', 'K\u0301', X'ff', 'Ks', "
	    "  'gloss', 99);"
	    "INSERT INTO kind VALUES (2, X'00', 'z', 'z', 'z', 'z', 'z', -1);"
	    "INSERT INTO relation VALUES (1, 'r', X'c29b', 'r', X'1b5d303b7807', 'r');"
	    "INSERT INTO concept VALUES (1, 'a', 1, X'61ff62', 'A', 'g', 'sum', NULL, "
	    "  X'0a', 'a', '', NULL);"
	    "INSERT INTO concept VALUES (2, 'b', 1, 'B\u0301\u0301\u0301\u0301\u0301\u0301', "
	    "  'B', 'g', X'1b5b324a', 'role', '2025', 'b', 'en', X'1b');"
	    "INSERT INTO concept VALUES (3, 'c', 2, 'c', 'c', 'c', 'c', NULL, NULL, 'c', '', 'vi');"
	    "INSERT INTO article VALUES (1, 'f', NULL, X'07', 'u');"
	    "INSERT INTO paragraph VALUES (1, 1, 0, 'q' || char(31, 27) || 'q and more'), "
	    "  (1, 2, 9223372036854775807, X'ff00'), (1, 3, -5, ''), (1, 0, 4, 'x'), "
	    "  (2, 1, 0, 'not an article');"
	    "INSERT INTO alias VALUES (1, 1, 'al' || char(31) || 'ias', 'alias');"
	    "INSERT INTO alias VALUES (1, 2, X'1f1f', 'x');"
	    "INSERT INTO citation (concept, article, offset, quote) VALUES "
	    "  (2, 1, 5, 'q' || char(31, 27) || 'q'), (1, 1, -1, X'c0af'), (3, 9, 0, 'dangling');"
	    "INSERT INTO link (src, relation, dst, article, quote, offset) VALUES "
	    "  (1, 1, 2, 1, X'9b', 0), (2, 7, 1, 1, 'no relation', -9223372036854775808), "
	    "  (1, 1, 99, 1, 'no target', 5);"
	    "INSERT INTO list VALUES (1, 'l', 'L', 'L', 1, 0, X'e282', 2, '', '');"
	    "INSERT INTO list VALUES (2, 'orphan', 'O', 'O', 42, 0, 'q', -7, X'07', 's');"
	    "INSERT INTO list_item VALUES (1, 1, 2), (1, 2, 77), (2, 1, 1);"
	    "INSERT INTO search (rowid, name, alias, en, summary, quote) VALUES "
	    "  (1, 'a', 'alias', 'a', 'a', 'a'), (2, 'b', '', 'ab', 'a', 'a'), "
	    "  (5, 'ghost', 'a', 'a', 'a', 'a');"
	    STORE_STAMPS_SQL;
	size_t n = strlen(top) + sizeof "/data/schema.sql";
	char *path = malloc(n), *schema, *sql;
	unsigned char *s;

	if (path == NULL)
		exit(1);
	snprintf(path, n, "%s/data/schema.sql", top);
	schema = read_text(path);
	if ((sql = malloc(strlen(schema) + sizeof rows)) == NULL)
		exit(1);
	strcpy(sql, schema);
	strcat(sql, rows);
	s = sql_image(sql, len);
	free(sql);
	free(schema);
	free(path);
	return s;
}

static int
write_dbs(const char *top, const char *corpus)
{
	size_t len = strlen(corpus) + sizeof "/db", n, junk_len = 4096;
	char *dir = malloc(len);
	unsigned char *s, *flipped, junk[4096];
	int rc = 0;

	if (dir == NULL)
		return -1;
	snprintf(dir, len, "%s/db", corpus);
	if (mkdir(dir, 0755) == -1 && errno != EEXIST)
		return -1;

	s = fixture_image(&n);
	if (n > SMALL_DB) {
		fprintf(stderr, "mkcorpus: the fixture image is %zu bytes\n", n);
		return -1;
	}
	rc |= write_seed(dir, "fixture.db", s, n);
	rc |= write_seed(dir, "fixture-truncated.db", s, n / 2);
	if ((flipped = malloc(n)) == NULL)
		return -1;
	/* a bit in every 1021st byte past the header: b-tree pages, cells, FTS5 */
	memcpy(flipped, s, n);
	for (size_t i = 100; i < n; i += 1021)
		flipped[i] ^= (unsigned char)(1u << (i % 8));
	rc |= write_seed(dir, "fixture-bitflip.db", flipped, n);
	/* one bit flipped where the database still opens: damage found late */
	for (size_t i = n / 2; i < n; i += 97) {
		struct store *st;
		char *err = NULL;

		memcpy(flipped, s, n);
		flipped[i] ^= (unsigned char)(1u << (i % 8));
		if ((st = store_open_image(flipped, n, &err)) != NULL) {
			store_close(st);
			rc |= write_seed(dir, "fixture-onebit.db", flipped, n);
			break;
		}
		free(err);
	}
	/* a header that promises more pages than there are */
	memcpy(flipped, s, n);
	flipped[28] = 0x7f;
	rc |= write_seed(dir, "fixture-page-count.db", flipped, n);
	free(flipped);
	free(s);

	s = hostile_image(top, &n);
	rc |= write_seed(dir, "hostile.db", s, n);
	free(s);
	s = sql_image("CREATE TABLE t(x); PRAGMA application_id = 42;", &n);
	rc |= write_seed(dir, "other-app.db", s, n);
	free(s);
	s = sql_image("CREATE TABLE t(x); PRAGMA application_id = " STORE_APPLICATION_ID_SQL "; "
	    "PRAGMA user_version = 99;", &n);
	rc |= write_seed(dir, "other-version.db", s, n);
	free(s);
	s = sql_image("CREATE TABLE t(x); " STORE_STAMPS_SQL, &n);
	rc |= write_seed(dir, "wrong-schema.db", s, n);
	free(s);

	for (size_t i = 0; i < junk_len; i++)
		junk[i] = (unsigned char)(i * 7919 % 251);
	rc |= write_seed(dir, "junk", junk, junk_len);
	rc |= write_seed(dir, "empty", "", 0);
	rc |= write_seed(dir, "text", S("hello, world\n"));
	rc |= write_seed(dir, "header-only", S("SQLite format 3\0\x02\x00\x01\x01\x00\x40\x20\x20"));
	free(dir);
	return rc ? -1 : 0;
}

int
main(int argc, char *argv[])
{
	const char *top = argc > 1 ? argv[1] : ".";
	size_t n = strlen(top) + sizeof "/tests/fuzz/corpus";
	char *corpus = malloc(n);

	if (corpus == NULL)
		return 1;
	if (setenv("top_srcdir", top, 1) == -1)
		return 1;
	snprintf(corpus, n, "%s/tests/fuzz/corpus", top);
	if (mkdir(corpus, 0755) == -1 && errno != EEXIST) {
		fprintf(stderr, "mkcorpus: %s: %s\n", corpus, strerror(errno));
		return 1;
	}
	if (write_seeds(corpus, "query", queries, sizeof queries / sizeof *queries) ||
	    write_seeds(corpus, "text", texts, sizeof texts / sizeof *texts) ||
	    write_seeds(corpus, "state", states, sizeof states / sizeof *states) ||
	    write_seeds(corpus, "write", writes, sizeof writes / sizeof *writes) ||
	    write_dbs(top, corpus))
		return 1;
	free(corpus);
	return 0;
}
