/* cli_map.c: --map, and --show or a list's --list as a graph (dot, mermaid). */
#include "config.h"

#include "cli.h"
#include "doc_map.h"
#include "i18n.h"
#include "msg.h"

static int
write_one(struct store *st, const char *slug, int depth, size_t cap, const struct cli_out *o)
{
	struct write_opts w = { .fp = o->fp, .width = o->width, .color = o->color, .ascii = o->ascii };
	struct doc_map m;
	int rc = doc_map(st, slug, depth, cap, &m);

	if (rc == STORE_NOTFOUND)
		return cli_not_found(st, slug, _("no such concept or list"));
	if (rc != STORE_OK)
		return cli_db_error(st, o);
	if (write_map(o->format, &m, &w) < 0) {
		doc_map_free(&m);
		msg_error("%s", _("tekdip: --map draws text, dot or mermaid\n"));
		return EXIT_USAGE;
	}
	if (m.cut)
		msg_error(_("tekdip: %s: part of the map: at most %d concepts, the links of %d of them\n"),
		    slug, DOC_MAP_NODES_MAX, DOC_MAP_EXPAND_MAX + 1);
	doc_map_free(&m);
	return EXIT_OK;
}

int
cli_map(struct store *st, const char *slug, int depth, const struct cli_out *o)
{
	return write_one(st, slug, depth, DOC_MAP_CAP_CENTRE, o);
}

int
cli_graph(struct store *st, const char *slug, const struct cli_out *o)
{
	return write_one(st, slug, 1, 0, o);
}
