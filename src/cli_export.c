/* cli_export.c: --export, a briefing of any number of targets and what they lead to, in markdown, text or html. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "doc.h"
#include "i18n.h"
#include "msg.h"

/* "a,b,c" as its words, in a malloc'd copy (*copy) they point into. */
static const char **
split_relations(const char *list, char **copy, size_t *n)
{
	const char **v;
	size_t cap = 1;

	*n = 0;
	for (const char *p = list; *p; p++)
		cap += *p == ',';
	if (!(*copy = strdup(list)) || !(v = calloc(cap, sizeof *v))) {
		free(*copy);
		return NULL;
	}
	for (char *save = NULL, *w = strtok_r(*copy, ",", &save); w; w = strtok_r(NULL, ",", &save))
		v[(*n)++] = w;
	return v;
}

/* Every target that names nothing, each with what --show would suggest. */
static int
report_missing(struct store *st, const struct doc_brief *b)
{
	for (size_t i = 0; i < b->nmissing; i++) {
		if (strncmp(b->missing[i], "search:", 7) == 0)
			msg_error(_("tekdip: nothing matches `%s'\n"), b->missing[i] + 7);
		else
			cli_not_found(st, b->missing[i], _("no such kind, list or concept"));
	}
	return EXIT_RUNTIME;
}

int
cli_export(struct store *st, const struct cli_export *e, const struct cli_out *o)
{
	struct write_opts w = { .fp = o->fp, .width = o->width, .color = o->color };
	struct doc_brief_opts bo = { e->targets, e->ntargets, e->depth, NULL, 0, e->title, NULL };
	struct doc_brief b;
	char made[32], *copy = NULL;
	int rc;

	doc_brief_today(made, sizeof made);
	bo.made = made;
	if (e->relations && !(bo.relations = split_relations(e->relations, &copy, &bo.nrelations))) {
		msg_error("%s", _("tekdip: out of memory\n"));
		return EXIT_RUNTIME;
	}
	/* Nothing is written before every target is known to exist. */
	rc = doc_brief(st, &bo, &b);
	if (rc == STORE_NOTFOUND)
		report_missing(st, &b);
	else if (rc != STORE_OK)
		msg_error("tekdip: %s: %s", o->db ? o->db : "database",
		    *store_error(st) ? store_error(st) : _("cannot be read"));
	else
		write_brief(o->format, &b, &w);
	for (size_t i = 0; rc == STORE_OK && i < b.nleft_out; i++)
		msg_error(_("tekdip: %s: listed, but cannot be read: left out of the export\n"),
		    b.left_out[i]);
	if (rc == STORE_OK && b.nleft_out)
		rc = STORE_NOTFOUND;
	doc_brief_free(&b);
	free((void *)bo.relations);
	free(copy);
	return rc == STORE_OK ? EXIT_OK : EXIT_RUNTIME;
}
