/* options.c: the table of command-line options. */
#include "config.h"

#include "i18n.h"
#include "options.h"

const struct option_doc options[] = {
	{ "db", 1, 'd', "FILE", N_("use the database FILE instead of the bundled one") },
	{ "kinds", 0, 'k', NULL, N_("print the kinds of concept with their counts") },
	{ "list", 1, 'l', "KIND|LIST", N_("print the concepts of a kind, or a list's members in order") },
	{ "lists", 0, 'L', NULL, N_("print the enumerated lists of the articles") },
	{ "show", 1, 's', "SLUG", N_("print one concept: summary, links, lists, citations") },
	{ "search", 1, 'S', "QUERY", N_("print the concepts matching every word of QUERY, best first") },
	{ "limit", 1, 'n', "N", N_("print at most N search results (default 20)") },
	{ "exact", 0, 'x', NULL, N_("search for the words as given: no \"did you mean\" correction") },
	{ "export", 1, 'E', "KIND|SLUG|all", N_("print a markdown briefing pack: a kind, a concept and all it links to, or everything") },
	{ "color", 1, 'c', "WHEN", N_("bold names and headings: auto (on a terminal, unless NO_COLOR), always or never") },
	{ "format", 1, 'f', "FORMAT", N_("text (the default), tsv, json, markdown or mdoc, for --list, --show and --search") },
	{ "help", 0, 'h', NULL, N_("print this help and exit") },
	{ "version", 0, 'V', NULL, N_("print the version and exit") },
};

const size_t options_count = sizeof options / sizeof *options;

_Static_assert(sizeof options / sizeof *options <= OPTIONS_MAX, "raise OPTIONS_MAX");
