/* datafile.c: reads `[slug]` records of `key: value` lines, with continuations. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "datafile.h"
#include "vec.h"

static char *
df_error(const char *name, int line, const char *msg)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "%s:%d: %s", name, line, msg);
	return buf_finish(&b);
}

/* Append continuation `more` to the value of `f`, joined by one space;
 * values live in the file text, so the joined value is written over it. */
static void
join_value(struct df_field *f, char *at, const char *more)
{
	size_t vlen = strlen(f->value), mlen = strlen(more);

	/* `at` is where the continuation line starts: after the value, so
	 * moving the value up to it leaves room for the space and the text. */
	memmove(at - vlen - 1, f->value, vlen);
	at[-1] = ' ';
	memmove(at, more, mlen + 1);
	f->value = at - vlen - 1;
}

static int
is_key_char(char c)
{
	return (c >= 'a' && c <= 'z') || c == '-';
}

static int
is_slug(const char *s, size_t n)
{
	if (n == 0 || n > 64)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

struct parse {
	struct df_file *f;
	size_t rcap, fcap;
	struct df_field *last;
	const char *name;
};

static const char *
parse_line(struct parse *p, char *line, int lineno)
{
	struct df_record *r = p->f->nrecords ? &p->f->records[p->f->nrecords - 1] : NULL;
	size_t n = strlen(line);

	if (n && line[n - 1] == '\r')
		line[--n] = '\0';
	if (n == 0) {
		p->last = NULL;
		return NULL;
	}
	if (line[0] == '#')
		return NULL;
	if (line[0] == '[') {
		if (line[n - 1] != ']' || !is_slug(line + 1, n - 2))
			return "bad record header (want [slug]: a-z, 0-9, -)";
		if (!(r = vec_reserve(p->f->records, &p->rcap, p->f->nrecords + 1, sizeof *r)))
			return strerror(ENOMEM);
		p->f->records = r;
		r = &p->f->records[p->f->nrecords++];
		line[n - 1] = '\0';
		*r = (struct df_record){ .slug = line + 1, .file = p->f->path, .line = lineno };
		p->fcap = 0;
		p->last = NULL;
		return NULL;
	}
	if (line[0] == ' ' || line[0] == '\t') {
		if (!p->last)
			return "continuation line without a field above it";
		while (*line == ' ' || *line == '\t')
			line++;
		join_value(p->last, line, line);
		return NULL;
	}
	if (!r)
		return "field before the first [slug] header";
	char *colon = line;
	while (is_key_char(*colon))
		colon++;
	if (colon == line || colon[0] != ':' || (colon[1] != ' ' && colon[1] != '\0'))
		return "bad line (want `key: value`)";
	*colon = '\0';
	struct df_field *fields = vec_reserve(r->fields, &p->fcap, r->nfields + 1, sizeof *fields);

	if (!fields)
		return strerror(ENOMEM);
	r->fields = fields;
	p->last = &r->fields[r->nfields++];
	*p->last = (struct df_field){ line, colon[1] ? colon + 2 : colon + 1, lineno };
	return NULL;
}

int
df_parse_text(const char *name, const char *text, size_t len,
    struct df_file *out, char **err)
{
	struct parse p = { .f = out, .name = name };
	int lineno = 0;
	char *line;

	memset(out, 0, sizeof *out);
	*err = NULL;
	out->path = strdup(name);
	out->text = malloc(len + 1);
	if (!out->path || !out->text) {
		df_free(out);
		*err = df_error(name, 0, strerror(ENOMEM));
		return -1;
	}
	memcpy(out->text, text, len);
	out->text[len] = '\0';
	if (memchr(text, '\0', len)) {
		*err = df_error(name, 1, "NUL byte in a text file");
		df_free(out);
		return -1;
	}
	for (line = out->text; line; ) {
		char *nl = strchr(line, '\n');
		const char *msg;

		if (nl)
			*nl = '\0';
		if ((msg = parse_line(&p, line, ++lineno)) != NULL) {
			*err = df_error(name, lineno, msg);
			df_free(out);
			return -1;
		}
		line = nl ? nl + 1 : NULL;
	}
	return 0;
}

int
df_parse(const char *path, struct df_file *out, char **err)
{
	struct buf b = BUF_INIT;
	char chunk[8192];
	size_t n;
	FILE *fp = fopen(path, "rb");
	int rc;

	if (!fp) {
		memset(out, 0, sizeof *out);
		*err = df_error(path, 0, strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(fp) || b.failed) {
		fclose(fp);
		buf_free(&b);
		memset(out, 0, sizeof *out);
		*err = df_error(path, 0, "read error");
		return -1;
	}
	fclose(fp);
	rc = df_parse_text(path, b.data ? b.data : "", b.len, out, err);
	buf_free(&b);
	return rc;
}

void
df_free(struct df_file *f)
{
	for (size_t i = 0; i < f->nrecords; i++)
		free(f->records[i].fields);
	free(f->records);
	free(f->text);
	free(f->path);
	memset(f, 0, sizeof *f);
}

const char *
df_get(const struct df_record *r, const char *key)
{
	for (size_t i = 0; i < r->nfields; i++)
		if (strcmp(r->fields[i].key, key) == 0)
			return r->fields[i].value;
	return NULL;
}

size_t
df_count(const struct df_record *r, const char *key)
{
	size_t n = 0;

	for (size_t i = 0; i < r->nfields; i++)
		n += strcmp(r->fields[i].key, key) == 0;
	return n;
}
