/* options.c: the table of command-line options, and the forms of the command they make. */
#include "config.h"

#include "i18n.h"
#include "options.h"

const struct option_doc options[] = {
	{ "db", 1, 'd', "FILE", N_("use the database FILE instead of the bundled one"),
	  SYN_NONE, SYN(SYN_BROWSE) | SYN(SYN_TABLES) | SYN(SYN_ONE) | SYN(SYN_SEARCH) | SYN(SYN_EXPORT)
	  | SYN(SYN_SITE) | SYN(SYN_PRESENT) },
	{ "kinds", 0, 'k', NULL, N_("print the kinds of concept with their counts"), SYN_TABLES, 0 },
	{ "list", 1, 'l', "KIND|LIST", N_("print the concepts of a kind, or a list's members in order"), SYN_ONE, 0 },
	{ "lists", 0, 'L', NULL, N_("print the enumerated lists of the articles"), SYN_TABLES, 0 },
	{ "show", 1, 's', "SLUG", N_("print one concept: summary, links, lists, citations"), SYN_ONE, 0 },
	{ "cite", 1, 'C', "SLUG", N_("print a concept's passages as citations: quote, title, outlet, date, URL"),
	  SYN_ONE, 0 },
	{ "search", 1, 'S', "QUERY", N_("print the concepts matching every word of QUERY, best first"),
	  SYN_SEARCH, 0 },
	{ "limit", 1, 'n', "N", N_("print at most N search results (default 20)"), SYN_NONE, SYN(SYN_SEARCH) },
	{ "exact", 0, 'x', NULL, N_("search for the words as given: no \"did you mean\" correction"),
	  SYN_NONE, SYN(SYN_SEARCH) },
	{ "export", 1, 'E', "TARGET", N_("print a briefing of the TARGETs (slugs, kind:KIND, search:QUERY, all; any number) and what they link to"),
	  SYN_EXPORT, 0 },
	{ "depth", 1, 'D', "N", N_("--export: follow links N steps from the targets (0: the targets only; default 1)"),
	  SYN_NONE, SYN(SYN_EXPORT) },
	{ "relations", 1, 'R', "R1,R2", N_("--export: follow only these relations (slugs or labels, either language)"),
	  SYN_NONE, SYN(SYN_EXPORT) },
	{ "title", 1, 'T', "TEXT", N_("--export: the briefing's title (default: made from the targets)"),
	  SYN_NONE, SYN(SYN_EXPORT) },
	{ "color", 1, 'c', "WHEN", N_("bold names and headings: auto (on a terminal, unless NO_COLOR), always or never"),
	  SYN_NONE, SYN(SYN_TABLES) | SYN(SYN_ONE) | SYN(SYN_SEARCH) | SYN(SYN_EXPORT) },
	{ "format", 1, 'f', "FORMAT", N_("text (the default), tsv, json, markdown, mdoc or html, for --list, --show, --search, --timeline and --compare; dot or mermaid too for --list, --show and --search; markdown (the default), text or html for --export; text, dot or mermaid for --map"),
	  SYN_NONE, SYN(SYN_ONE) | SYN(SYN_SEARCH) | SYN(SYN_EXPORT) },
	{ "help", 0, 'h', NULL, N_("print this help and exit"), SYN_INFO, 0 },
	{ "version", 0, 'V', NULL, N_("print the version and exit"), SYN_INFO, 0 },
	{ "theme", 1, 0x100 + 't', "THEME", N_("the browser's colours: auto (the default: the terminal's own, for a dark or light background), dark, light, high-contrast or mono (attributes only); TEKDIP_THEME sets the default"),
	  SYN_NONE, SYN(SYN_BROWSE) | SYN(SYN_PRESENT) },
	{ "export-site", 1, 'W', "DIR", N_("write the whole reference as a static site in DIR: an index, a page per concept, list, kind and article, and a search page, all working from file://"),
	  SYN_SITE, 0 },
	{ "force", 0, 'F', NULL, N_("--export-site: replace DIR even if it holds files"), SYN_NONE, SYN(SYN_SITE) },
	{ "timeline", 0, 'Y', NULL, N_("print every concept with a date, in date order, by year"), SYN_ONE, 0 },
	{ "compare", 1, 'P', "A B", N_("print concepts A and B side by side: what both link to, what only one does, their lists"),
	  SYN_ONE, 0 },
	{ "map", 1, 'M', "SLUG", N_("print the map of a concept or list: its links in boxes, --depth 1 to 3 steps out (default 1)"),
	  SYN_ONE, 0 },
	{ "ascii", 0, 'A', NULL, N_("draw maps with + - | instead of box-drawing characters (the browser: all text in ASCII)"),
	  SYN_NONE, SYN(SYN_BROWSE) | SYN(SYN_ONE) },
	{ "present", 1, 0x100 + 'p', "TARGET", N_("present a list, a concept, search:QUERY's results or a tour FILE as slides"),
	  SYN_PRESENT, 0 },
	{ "follow", 0, 0x100 + 'f', NULL, N_("the speaker view: follow the presentation running in another terminal"),
	  SYN_PRESENT, 0 },
};

const size_t options_count = sizeof options / sizeof *options;

const char *const synopsis_operands[SYN_LINES] = { [SYN_BROWSE] = "slug | query",
	[SYN_EXPORT] = "target ..." };

_Static_assert(sizeof options / sizeof *options <= OPTIONS_MAX, "raise OPTIONS_MAX");
