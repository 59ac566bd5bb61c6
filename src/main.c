/* main.c: options, locale, and the choice between a command and the browser. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"
#include "msg.h"
#include "options.h"
#include "paths.h"
#include "store.h"
#include "theme.h"
#include "ui.h"

enum command { CMD_BROWSE, CMD_KINDS, CMD_LIST, CMD_LISTS, CMD_SHOW, CMD_CITE, CMD_SEARCH, CMD_EXPORT, CMD_HELP, CMD_VERSION,
	CMD_SITE, CMD_TIMELINE, CMD_COMPARE, CMD_MAP,
	CMD_PRESENT, CMD_FOLLOW,
};


static void
usage(FILE *fp)
{
	fprintf(fp, "%s", _("usage: tekdip [--db FILE] [SLUG|QUERY]\n"
	    "       tekdip [--db FILE] --kinds | --lists | --list KIND|LIST | --show SLUG | --cite SLUG\n"
	    "       tekdip [--db FILE] [--depth N] [--ascii] [--format FORMAT] --map SLUG\n"
	    "       tekdip [--db FILE] --search QUERY [--limit N] [--exact]\n"
	    "       tekdip [--db FILE] [--format FORMAT] --timeline | --compare A B\n"
	    "       tekdip [--db FILE] [--depth N] [--relations R1,R2] [--title TEXT] [--format FORMAT]\n"
	    "              --export TARGET... (slugs, kind:KIND, search:QUERY, all)\n"
	    "Browse the concepts of science and technology diplomacy, offline.\n\n"));
	for (size_t i = 0; i < options_count; i++) {
		char left[40];

		snprintf(left, sizeof left, "--%s%s%s", options[i].name,
		    options[i].arg ? " " : "", options[i].arg ? options[i].arg : "");
		fprintf(fp, "  %-22s %s\n", left, _(options[i].help));
	}
	fprintf(fp, _("\nWithout a command, the browser opens (on SLUG, or on QUERY's results).\n"
	    "Exit status: 0 success, 1 runtime failure, 2 usage error.\n"
	    "The bundled database is %s (TEKDIP_DB overrides it).\n"), paths_bundled_db());
}

static size_t
output_width(void)
{
	struct winsize ws;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col;
	return 80;
}

struct args {
	enum command cmd;
	const char *db, *arg;
	const char *arg2;	/* --compare's second concept */
	size_t limit;		/* 0: not given */
	int exact;		/* --exact: no spelling correction */
	int format;		/* -1: not given */
	int color;		/* COLOR_* */
	struct cli_export export;	/* --export's targets and choices */
	const char *theme;	/* --theme, or NULL: TEKDIP_THEME's, or auto */
	int force;		/* --force: --export-site replaces a directory that holds files */
	int ascii;		/* --ascii */
};

enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

static int
parse_color(const char *s, int *out)
{
	static const char *const names[] = { "auto", "always", "never" };

	for (int i = 0; i < 3; i++)
		if (strcmp(s, names[i]) == 0)
			return *out = i, 0;
	msg_error(_("tekdip: --color is auto, always or never, not `%s'\n"), s);
	return -1;
}

/* --theme, else TEKDIP_THEME (set and not empty), else auto; a name
 * not in the table is a usage error, whichever gave it. */
static int
parse_theme(const char *opt)
{
	const char *env = getenv("TEKDIP_THEME");
	const char *name = opt ? opt : env && *env ? env : "auto";
	int id = theme_parse(name);

	if (id < 0) {
		msg_error(_("tekdip: %s is one of %s, not `%s'\n"), opt ? "--theme" : "TEKDIP_THEME",
		    theme_names(), name);
		return -1;
	}
	ui_set_theme(id);
	return 0;
}

static int
parse_limit(const char *s, size_t *out)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || n < 1 || n > CLI_LIMIT_MAX) {
		msg_error(_("tekdip: --limit wants a number from 1 to %d, not `%s'\n"), CLI_LIMIT_MAX, s);
		return -1;
	}
	*out = (size_t)n;
	return 0;
}

static int
parse_depth(const char *s, int *out)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || n < 0 || n > 9) {
		msg_error(_("tekdip: --depth wants a number from 0 to 9, not `%s'\n"), s);
		return -1;
	}
	*out = (int)n;
	return 0;
}

/* --export's options, and its targets after the first: every operand. */
static int
export_args(int argc, char **argv, struct args *a)
{
	if (a->cmd != CMD_EXPORT) {
		if ((a->export.depth >= 0 && a->cmd != CMD_MAP) || a->export.relations || a->export.title) {
			msg_error("%s", _("tekdip: --depth, --relations and --title go with --export (see tekdip --help)\n"));
			return -1;
		}
		return 0;
	}
	/* getopt moved the operands to the end: argv[optind - 1] is free to
	 * hold the first target, so that all of them are one array */
	argv[optind - 1] = (char *)a->arg;
	a->export.targets = (const char *const *)&argv[optind - 1];
	a->export.ntargets = (size_t)(argc - optind) + 1;
	if (a->export.depth < 0)
		a->export.depth = 1;
	optind = argc;
	return 0;
}

static int
parse_args(int argc, char **argv, struct args *a)
{
	struct option longopts[OPTIONS_MAX + 1];
	int opt;

	for (size_t i = 0; i < options_count; i++)
		longopts[i] = (struct option){ options[i].name, options[i].has_arg, NULL, options[i].val };
	memset(&longopts[options_count], 0, sizeof longopts[options_count]);
	opterr = 0;	/* one line of our own instead of getopt's */
	while ((opt = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		enum command cmd;

		switch (opt) {
		case 'd': a->db = optarg; continue;
		case 'n':
			if (parse_limit(optarg, &a->limit) < 0)
				return -1;
			continue;
		case 'S': cmd = CMD_SEARCH; break;
		case 'x': a->exact = 1; continue;
		case 'E': cmd = CMD_EXPORT; break;
		case 'D':
			if (parse_depth(optarg, &a->export.depth) < 0)
				return -1;
			continue;
		case 'R': a->export.relations = optarg; continue;
		case 'T': a->export.title = optarg; continue;
		case 0x100 + 't': a->theme = optarg; continue;
		case 'c':
			if (parse_color(optarg, &a->color) < 0)
				return -1;
			continue;
		case 'f':
			if ((a->format = write_format_parse(optarg)) < 0) {
				msg_error(_("tekdip: --format is text, tsv, json, markdown, mdoc, html, dot or mermaid, not `%s'\n"), optarg);
				return -1;
			}
			continue;
		case 'k': cmd = CMD_KINDS; break;
		case 'l': cmd = CMD_LIST; break;
		case 'L': cmd = CMD_LISTS; break;
		case 's': cmd = CMD_SHOW; break;
		case 'C': cmd = CMD_CITE; break;
		case 'W': cmd = CMD_SITE; break;
		case 'F': a->force = 1; continue;
		case 'M': cmd = CMD_MAP; break;
		case 'A': a->ascii = 1; continue;
		case 'h': cmd = CMD_HELP; break;
		case 'V': cmd = CMD_VERSION; break;
		case 'Y': cmd = CMD_TIMELINE; break;
		case 'P': cmd = CMD_COMPARE; break;
		case 0x100 + 'p': cmd = CMD_PRESENT; break;
		case 0x100 + 'f': cmd = CMD_FOLLOW; break;
		case ':':
			msg_error(_("tekdip: %s needs an argument (see tekdip --help)\n"), argv[optind - 1]);
			return -1;
		default:
			msg_error(_("tekdip: unknown option `%s' (see tekdip --help)\n"), argv[optind - 1]);
			return -1;
		}
		if (a->cmd != CMD_BROWSE) {
			msg_error("%s", _("tekdip: give one command at a time (see tekdip --help)\n"));
			return -1;
		}
		a->cmd = cmd;
		a->arg = optarg;
	}
	if ((a->limit || a->exact) && a->cmd != CMD_SEARCH) {
		msg_error("%s", _("tekdip: --limit and --exact go with --search (see tekdip --help)\n"));
		return -1;
	}
	if (a->format >= 0 && a->cmd != CMD_LIST && a->cmd != CMD_SHOW && a->cmd != CMD_SEARCH &&
	    a->cmd != CMD_TIMELINE && a->cmd != CMD_COMPARE &&
	    !(a->cmd == CMD_EXPORT && writers[a->format].brief) &&
	    !(a->cmd == CMD_MAP && writers[a->format].map)) {
		msg_error("%s", a->cmd == CMD_MAP ? _("tekdip: --map draws text, dot or mermaid\n")
		    : _("tekdip: --format goes with --list, --show or --search "
		    "(and --export writes markdown, text or html)\n"));
		return -1;
	}
	/* a timeline or a comparison is no graph: dot would draw an empty one */
	if (a->format >= 0 && (a->cmd == CMD_TIMELINE || a->cmd == CMD_COMPARE) &&
	    WRITE_GRAPH(a->format)) {
		msg_error("%s", _("tekdip: --timeline and --compare write text, tsv, json, markdown, "
		    "mdoc or html\n"));
		return -1;
	}
	if (a->force && a->cmd != CMD_SITE) {
		msg_error("%s", _("tekdip: --force goes with --export-site (see tekdip --help)\n"));
		return -1;
	}
	if (export_args(argc, argv, a) < 0)
		return -1;
	/* TEKDIP_THEME matters to the browser alone; a --theme is checked anyway */
	if ((a->theme || a->cmd == CMD_BROWSE || a->cmd == CMD_PRESENT || a->cmd == CMD_FOLLOW) &&
	    parse_theme(a->theme) < 0)
		return -1;
	if (a->cmd == CMD_MAP && (a->export.depth == 0 || a->export.depth > 3)) {
		msg_error("%s", _("tekdip: a map's --depth is 1 to 3\n"));
		return -1;
	}
	if (a->cmd == CMD_SEARCH && a->arg[strspn(a->arg, " \t")] == '\0') {
		msg_error("%s", _("tekdip: --search needs words to search for\n"));
		return -1;
	}
	if (a->cmd == CMD_COMPARE && optind + 1 != argc) {
		msg_error("%s", _("tekdip: --compare wants two slugs: --compare A B\n"));
		return -1;
	}
	if (a->cmd == CMD_COMPARE)
		a->arg2 = argv[optind++];
	if (optind < argc) {
		if (a->cmd != CMD_BROWSE || optind + 1 < argc) {
			msg_error(_("tekdip: unexpected argument `%s' (see tekdip --help)\n"), argv[optind]);
			return -1;
		}
		a->arg = argv[optind];
	}
	return 0;
}

/* auto: a terminal, and NO_COLOR not set (https://no-color.org). */
static int
use_color(int mode)
{
	const char *no = getenv("NO_COLOR");

	if (mode != COLOR_AUTO)
		return mode == COLOR_ALWAYS;
	return isatty(STDOUT_FILENO) && !(no && *no);
}

/* The colour setting as the curses side takes it: 1 always, 0 never, -1
 * auto (there, unless NO_COLOR is set). */
static int
curses_color(int mode)
{
	return mode == COLOR_AUTO ? -1 : mode == COLOR_ALWAYS;
}

/* What was written reached its file: --help >/dev/full, --version >&-
 * fail as the other commands do. */
static int
flush_stdout(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		msg_error("tekdip: stdout: %s\n", strerror(errno));
		return EXIT_RUNTIME;
	}
	return rc;
}

static int
run_command(struct store *st, const struct args *a)
{
	struct cli_out o = { stdout, output_width(), a->format < 0 ? FMT_TEXT : (enum write_format)a->format,
		use_color(a->color), a->db, a->exact, 0 };
	int rc;

	switch (a->cmd) {
	case CMD_KINDS: rc = cli_kinds(st, &o); break;
	case CMD_LIST: rc = cli_list(st, a->arg, &o); break;
	case CMD_LISTS: rc = cli_lists(st, &o); break;
	case CMD_SHOW: rc = cli_show(st, a->arg, &o); break;
	case CMD_CITE: rc = cli_cite(st, a->arg, &o); break;
	case CMD_EXPORT:
		if (a->format < 0)
			o.format = FMT_MARKDOWN;
		rc = cli_export(st, &a->export, &o);
		break;
	case CMD_SITE: rc = cli_site(st, a->arg, a->force); break;
	case CMD_TIMELINE: rc = cli_timeline(st, &o); break;
	case CMD_COMPARE: rc = cli_compare(st, a->arg, a->arg2, &o); break;
	case CMD_SEARCH: rc = cli_search(st, a->arg, a->limit ? a->limit : CLI_LIMIT_DEFAULT, &o); break;
	case CMD_PRESENT: rc = ui_present_target(st, a->arg, curses_color(a->color)); break;
	case CMD_MAP:
		o.ascii = a->ascii || !i18n_utf8();
		rc = cli_map(st, a->arg, a->export.depth < 1 ? 1 : a->export.depth, &o);
		break;
	default:
		if (a->ascii)
			ui_force_ascii();
		rc = ui_browse(st, a->arg, curses_color(a->color));
		break;
	}
	return flush_stdout(rc);
}

int
main(int argc, char **argv)
{
	struct args a = { CMD_BROWSE, NULL, NULL, NULL, 0, 0, -1, COLOR_AUTO, { NULL, 0, -1, NULL, NULL }, NULL,
		0, 0 };
	struct store *st;
	char *err = NULL;
	int rc;

	i18n_init();
	i18n_note_missing_locale(stderr);
	/* past the file size limit a write fails (EFBIG) and is reported,
	 * instead of the signal killing tekdip mid-save */
	signal(SIGXFSZ, SIG_IGN);
	if (parse_args(argc, argv, &a) < 0)
		return EXIT_USAGE;
	if (a.cmd == CMD_HELP) {
		usage(stdout);
		return flush_stdout(EXIT_OK);
	}
	if (a.cmd == CMD_VERSION) {
		printf("tekdip %s\n", PACKAGE_VERSION);
		return flush_stdout(EXIT_OK);
	}
	a.db = paths_db(a.db);
	/* the browser's first checks come before the database is opened, so
	 * a missing terminal is reported before anything else happens (an
	 * unknown TERM is found when curses starts, by its one terminfo read) */
	if ((a.cmd == CMD_BROWSE || a.cmd == CMD_PRESENT || a.cmd == CMD_FOLLOW) && ui_check_terminal(&err) < 0) {
		msg_error("tekdip: %s\n", err);
		free(err);
		return EXIT_RUNTIME;
	}
	if (a.cmd == CMD_FOLLOW)	/* the presenter's socket, not the database */
		return ui_follow(curses_color(a.color));
	if (!(st = store_open(a.db, &err))) {
		msg_error("tekdip: %s: %s\n", a.db, err ? err : _("out of memory"));
		free(err);
		return EXIT_RUNTIME;
	}
	rc = run_command(st, &a);
	store_close(st);
	return rc;
}
