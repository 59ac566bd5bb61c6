/* mksitehostile.c: a tekdip database whose slugs, names, quotes and URLs attack a static site, for site.test. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "store_build.h"

#define OK(call) do { if ((call) != 0) { fprintf(stderr, "mksitehostile: %s\n", build_error(b)); return 1; } } while (0)

/* The article's text: markup, quotes, and a passage at a known place. */
static const char text[] =
	"<script>alert('text')</script> & \"the passage\" <b>here</b>\n"
	"\n"
	"A second paragraph, with 'its own' passage.\n";

int
main(int argc, char **argv)
{
	/* slugs that name paths out of a directory, or none, or too long a one */
	static const char *const slugs[] = { "../../escape", "a/b\\c", "", "UPPER", "upper", "evil" };
	static const char *const names[] = {
		"a </title><script>alert(1)</script>", "b <img src=x onerror=alert(2)>",
		"c \x1b[31mred\x1b[0m \"quoted\" 'single' & amp", "d Upper", "e upper", "f evil",
	};
	char longslug[400], *schema, *err = NULL;
	const char *passage = strstr(text, "\"the passage\""), *second = strstr(text, "'its own'");
	struct builder *b;

	if (argc != 3) {
		fprintf(stderr, "usage: mksitehostile SCHEMA.sql OUT.db\n");
		return 2;
	}
	memset(longslug, 'x', sizeof longslug - 1);
	longslug[sizeof longslug - 1] = '\0';
	if (!(schema = fixture_slurp(argv[1])) || !(b = build_open(argv[2], schema, &err))) {
		fprintf(stderr, "mksitehostile: %s\n", err ? err : "cannot read the schema");
		return 1;
	}
	OK(build_kind(b, 1, "../kind", "<Mitra>", "<Partner>", "<Mitra>", "<Partners>", "g"));
	OK(build_kind(b, 2, "article", "Artikel", "Article", "Artikel", "Articles", "g"));
	OK(build_relation(b, 1, "related-to", "<terkait>", "<related to>", "<terkait>", "<related to>"));
	for (int i = 0; i < 6; i++) {
		OK(build_concept(b, i + 1, slugs[i], 1, names[i], "</span>en", "gloss <i>\"'&",
		    "summary </p><script>alert(3)</script>", NULL, i == 0 ? "<2020>" : NULL));
		OK(build_index(b, i + 1, &(struct build_search){ names[i], "", "", "summary", "" }));
	}
	OK(build_concept(b, 7, longslug, 1, "g long", "", "", "s", NULL, NULL));
	OK(build_index(b, 7, &(struct build_search){ "g long", "", "", "", "" }));
	OK(build_concept(b, 8, "art<&>", 2, "<Artikel>", "", "", "s", NULL, NULL));
	OK(build_article(b, 8, "a.txt", "<b>\"Title\"</b>", "<Outlet>", "javascript:alert(4)"));
	OK(build_paragraphs(b, 8, text, strlen(text)));
	OK(build_alias(b, 1, 1, "</script><script>alert(5)</script>"));
	OK(build_citation(b, 1, 8, passage - text, "\"the passage\""));
	OK(build_citation(b, 2, 8, second - text, "'its own'"));
	OK(build_citation(b, 3, 8, 5000, "a passage not in the text"));
	OK(build_link_at(b, 1, 1, 2, 8, passage - text, "\"the passage\""));
	OK(build_list(b, 1, "../list", "<list> & \"name\"", "", 8, passage - text, "\"the passage\""));
	OK(build_list_item(b, 1, 1, 1));
	OK(build_list_item(b, 1, 2, 2));
	if (build_finish(b, &err) != 0) {
		fprintf(stderr, "mksitehostile: %s\n", err);
		return 1;
	}
	free(schema);
	return 0;
}
