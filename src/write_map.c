/* write_map.c: a map in the format asked for; as text, the browser's boxes without numbers. */
#include "config.h"

#include "map_layout.h"
#include "write.h"

void
write_text_map(const struct doc_map *m, const struct write_opts *o)
{
	struct map_layout_opts lo = { o->width, o->ascii, 0 };
	struct map_layout l;

	if (map_layout(m, &lo, &l) < 0)
		return;
	for (size_t i = 0; i < l.nrows; i++)
		fprintf(o->fp, "%s\n", l.rows[i].text);
	map_layout_free(&l);
}

int
write_map(enum write_format f, const struct doc_map *m, const struct write_opts *o)
{
	if (!writers[f].map)
		return -1;
	writers[f].map(m, o);
	return 0;
}
