/* mkhostile.c: a tekdip database whose text attacks the terminal, for content.test. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "store_build.h"

#define OK(call) do { if ((call) != 0) { fprintf(stderr, "mkhostile: %s\n", build_error(b)); return 1; } } while (0)

/* Ten megabytes of words: a field no article has, to bound the time. */
static char *
huge_summary(void)
{
	static const char word[] = "diplomasi sains teknologi ";
	size_t n = 10 * 1024 * 1024, wl = sizeof word - 1;
	char *s = malloc(n + 1);

	if (!s)
		return NULL;
	for (size_t i = 0; i < n; i++)
		s[i] = word[i % wl];
	s[n] = '\0';
	return s;
}

int
main(int argc, char **argv)
{
	/* ESC sequences (colour, OSC title, clear screen), CR, BS, invalid
	 * UTF-8, 20 combining marks, wide characters to reach the last column */
	static const char name[] = "Evil \x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b[2J cr\rbs\b \xff\xfe x"
	    "\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81"
	    "\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81 end";
	static const char wide[] = "漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字"
	    "漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字x漢";
	char *schema, *err = NULL, *huge;
	struct builder *b;

	if (argc != 3) {
		fprintf(stderr, "usage: mkhostile SCHEMA.sql OUT.db\n");
		return 2;
	}
	if ((schema = fixture_slurp(argv[1])) == NULL || (huge = huge_summary()) == NULL) {
		fprintf(stderr, "mkhostile: %s: cannot read\n", argv[1]);
		return 1;
	}
	if ((b = build_open(argv[2], schema, &err)) == NULL) {
		fprintf(stderr, "mkhostile: %s\n", err);
		return 1;
	}
	OK(build_kind(b, 1, "partner", "Mitra", "Partner", "Mitra", "Partners", "g"));
	OK(build_kind(b, 2, "article", "Artikel", "Article", "Artikel", "Articles", "g"));
	OK(build_relation(b, 1, "related-to", "terkait", "related to", "terkait", "related to"));
	/* ids in display order, as the builder requires: partners, then the article */
	OK(build_concept(b, 3, "art", 2, "Artikel", "Article", "An article.", "Satu. Dua.", NULL, NULL));
	OK(build_article(b, 3, "a.txt", "Artikel", "\x1b]8;;http://evil\x07link", NULL));
	OK(build_concept(b, 1, "evil", 1, name, "\x1b[5mblink", "gloss \x1b[?1049l out", huge, NULL, NULL));
	OK(build_concept(b, 2, "wide", 1, wide, wide, wide, wide, NULL, NULL));
	OK(build_citation(b, 3, 3, 0, "Artikel"));
	OK(build_citation(b, 1, 3, 0, "\x1b[31mquote\x1b[0m"));
	OK(build_citation(b, 2, 3, 0, wide));
	OK(build_link(b, 1, 1, 2, 3, "q"));
	OK(build_index(b, 1, &(struct build_search){ "evil red", "", "blink", "diplomasi", "quote" }));
	OK(build_index(b, 2, &(struct build_search){ "wide", "", "", "", "" }));
	if (build_finish(b, &err) != 0) {
		fprintf(stderr, "mkhostile: %s\n", err);
		return 1;
	}
	free(huge);
	free(schema);
	return 0;
}
