/* datafile.h: parser of the record text format of data/ (see tekdip(5)). */
#ifndef TEKDIP_DATAFILE_H
#define TEKDIP_DATAFILE_H

#include <stddef.h>

struct df_field {
	const char *key, *value;
	int line;
};

struct df_record {
	const char *slug;
	const char *file;
	int line;
	struct df_field *fields;
	size_t nfields;
};

struct df_file {
	char *path;
	struct df_record *records;
	size_t nrecords;
	char *text;		/* the file, cut in place into keys and values */
};

/* Parse `path`.  Returns 0, or -1 with a malloc'd "file:line: reason" in *err. */
int df_parse(const char *path, struct df_file *out, char **err);
/* Parse an in-memory text (copied); `name` is used in messages. */
int df_parse_text(const char *name, const char *text, size_t len,
    struct df_file *out, char **err);
void df_free(struct df_file *f);

/* First value of `key` in a record, or NULL. */
const char *df_get(const struct df_record *r, const char *key);
/* Number of fields named `key`. */
size_t df_count(const struct df_record *r, const char *key);

#endif
