/* cli_parts.c: --timeline and --compare, a document of parts in any format. */
#include "config.h"

#include "cli.h"
#include "doc.h"
#include "i18n.h"

static int
put(struct store *st, const struct cli_out *o, int rc, struct doc *d, const char *what)
{
	struct write_opts w = { .fp = o->fp, .width = o->width, .color = o->color };

	if (rc != STORE_OK)
		return cli_db_error(st, o);
	write_doc(o->format, d, &w);
	cli_cut_note(d, what);
	doc_free(d);
	return EXIT_OK;
}

int
cli_timeline(struct store *st, const struct cli_out *o)
{
	struct doc d;

	return put(st, o, doc_timeline(st, 0, 0, &d), &d, "--timeline");
}

int
cli_compare(struct store *st, const char *a, const char *b, const struct cli_out *o)
{
	struct doc d;
	int rc = doc_compare(st, a, b, 0, &d);

	if (rc == STORE_NOTFOUND) {
		struct store_brief one;
		int first = store_brief(st, a, &one);

		if (first == STORE_OK)
			store_brief_free(&one);
		return cli_not_found(st, first == STORE_NOTFOUND ? a : b, _("no such concept"));
	}
	return put(st, o, rc, &d, "--compare");
}
