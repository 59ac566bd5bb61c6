/* mkman.c: fills @SYNOPSIS@, @OPTIONS@, @KEYS@ (tekdip.1) and @KEYROWS@ (README) from the program's tables. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "action.h"
#include "options.h"

/* An option as mdoc: Fl \-name, and Ar with its argument in lower case
 * (the manual's convention; --help keeps the capitals). */
static void
put_flag(FILE *out, const struct option_doc *o)
{
	fprintf(out, "Fl \\-%s", o->name);
	if (o->arg) {
		fputs(" Ar ", out);
		for (const char *c = o->arg; *c; c++)
			fputc(tolower((unsigned char)*c), out);
	}
}

/* Each form of the command: its optional modifiers, then its commands
 * joined by |, then its operands.  Each command is a macro line of its
 * own after the first, so mdoc never reads one as another's argument. */
static void
put_synopsis(FILE *out)
{
	for (int l = 0; l < SYN_LINES; l++) {
		const char *sep = ".";

		fputs(".Nm\n", out);
		for (size_t i = 0; i < options_count; i++)
			if (options[i].with & SYN(l)) {
				fputs(".Op ", out);
				put_flag(out, &options[i]);
				fputc('\n', out);
			}
		for (size_t i = 0; i < options_count; i++)
			if (options[i].command == (enum synopsis_line)l) {
				fputs(sep, out);
				put_flag(out, &options[i]);
				sep = " |\n.";
			}
		if (*sep != '.')
			fputc('\n', out);
		if (synopsis_operands[l])
			fprintf(out, ".Op Ar %s\n", synopsis_operands[l]);
	}
}

static void
put_options(FILE *out)
{
	fputs(".Bl -tag -width Ds\n", out);
	for (size_t i = 0; i < options_count; i++) {
		fputs(".It ", out);
		put_flag(out, &options[i]);
		fprintf(out, "\n%s.\n", options[i].help);
	}
	fputs(".El\n", out);
}

static void
put_keys(FILE *out)
{
	for (int g = 0; g < G_COUNT; g++) {
		/* \& keeps a first word that is a macro name ("In the
		 * search prompt") from being called as one */
		fprintf(out, ".Ss \\&%s\n.Bl -tag -width Ds\n", action_group_names[g]);
		for (size_t i = 0; i < action_count; i++) {
			char keys[64];

			if (action_table[i].group != (enum action_group)g)
				continue;
			action_keys_text(&action_table[i], keys, sizeof keys);
			fprintf(out, ".It Sy \"\\&%s\"\n%s\n.Pq Cm %s\n", keys,
			    action_table[i].help, action_table[i].name);
		}
		fputs(".El\n", out);
	}
}

/* The README's key table, so it can be regenerated rather than retyped. */
static void
put_key_rows(FILE *out)
{
	for (size_t i = 0; i < action_count; i++) {
		char keys[64];

		action_keys_text(&action_table[i], keys, sizeof keys);
		fprintf(out, "| %-24s | %-40s |\n", keys, action_table[i].help);
	}
}

int
main(void)
{
	char line[1024];

	while (fgets(line, sizeof line, stdin)) {
		if (strcmp(line, "@SYNOPSIS@\n") == 0)
			put_synopsis(stdout);
		else if (strcmp(line, "@OPTIONS@\n") == 0)
			put_options(stdout);
		else if (strcmp(line, "@KEYS@\n") == 0)
			put_keys(stdout);
		else if (strcmp(line, "@KEYROWS@\n") == 0)
			put_key_rows(stdout);
		else
			fputs(line, stdout);
	}
	return ferror(stdin) || fflush(stdout) != 0 ? 1 : 0;
}
