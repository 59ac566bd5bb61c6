/* mkman.c: fills @OPTIONS@, @KEYS@ (tekdip.1) and @KEYROWS@ (README) from the program's tables. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "action.h"
#include "options.h"

static void
put_options(FILE *out)
{
	fputs(".Bl -tag -width Ds\n", out);
	for (size_t i = 0; i < options_count; i++) {
		fprintf(out, ".It Fl \\-%s", options[i].name);
		if (options[i].arg)
			fprintf(out, " Ar %s", options[i].arg);
		fprintf(out, "\n%s.\n", options[i].help);
	}
	fputs(".El\n", out);
}

static void
put_keys(FILE *out)
{
	for (int g = 0; g < G_COUNT; g++) {
		fprintf(out, ".Ss %s\n.Bl -tag -width Ds\n", action_group_names[g]);
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
		if (strcmp(line, "@OPTIONS@\n") == 0)
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
