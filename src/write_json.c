/* write_json.c: a document as one JSON object, for programs. */
#include "config.h"

#include "write.h"

/* A JSON string: store text is valid UTF-8 with controls already made
 * visible, but escape every control anyway so no input breaks a document. */
void
write_json_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(fp, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(fp, "\\u%04x", *p);
		else
			fputc(*p, fp);
	}
	fputc('"', fp);
}

/* "key": "value" (null for NULL) with a leading comma unless first. */
static void
kv(FILE *fp, int first, const char *key, const char *value)
{
	fprintf(fp, "%s", first ? "" : ", ");
	write_json_str(fp, key);
	fputs(": ", fp);
	if (value)
		write_json_str(fp, value);
	else
		fputs("null", fp);
}

static void
item(FILE *fp, const struct doc_item *it)
{
	fputc('{', fp);
	kv(fp, 1, "slug", it->slug);
	kv(fp, 0, "kind", it->kind);
	kv(fp, 0, "name", it->name);
	kv(fp, 0, "name_en", it->name_en);
	kv(fp, 0, "gloss", it->gloss);
	fputc('}', fp);
}

static void
source(FILE *fp, const struct doc_source *src)
{
	kv(fp, 0, "article", src ? src->slug : NULL);
	kv(fp, 0, "title", src ? src->title : NULL);
	kv(fp, 0, "outlet", src ? src->outlet : NULL);
	kv(fp, 0, "date", src ? src->date : NULL);
	kv(fp, 0, "url", src ? src->url : NULL);
}

static void
ref(FILE *fp, enum doc_sec sec, const struct doc_ref *r)
{
	fputc('{', fp);
	if (r->group) {
		kv(fp, 1, "relation", r->group->relation);
		kv(fp, 0, "label", r->group->label);
		kv(fp, 0, "label_en", r->group->label_en);
		fputs(", ", fp);
	}
	if (sec == SEC_LISTS || sec == SEC_ABOUT_LISTS) {
		kv(fp, 1, "slug", r->to.slug);
		kv(fp, 0, "name", r->to.name);
		kv(fp, 0, "name_en", r->to.name_en);
	} else {
		fputs("\"target\": ", fp);
		item(fp, &r->to);
	}
	if (r->pos)
		fprintf(fp, ", \"position\": %d, \"count\": %d", r->pos, r->count);
	else if (sec == SEC_ABOUT_LISTS)
		fprintf(fp, ", \"count\": %d", r->count);
	if (r->quote.text) {
		source(fp, r->quote.src);
		kv(fp, 0, "quote", r->quote.text);
	}
	fputc('}', fp);
}

/* The JSON keys of the sections, as a program reads them. */
static const char *const sec_keys[SEC_COUNT] = {
	[SEC_LINKS] = "links", [SEC_BACKLINKS] = "backlinks", [SEC_LISTS] = "lists",
	[SEC_ABOUT_LISTS] = "about_lists", [SEC_SUBJECTS] = "about",
	[SEC_ITEMS] = "items", [SEC_MENTIONS] = "mentions", [SEC_CITATIONS] = "citations",
};

static void
members(const struct doc *d, const struct write_opts *o)
{
	fputc('[', o->fp);
	for (size_t i = 0; i < d->sec[SEC_ITEMS].n; i++) {
		fputs(i ? ",\n " : "", o->fp);
		item(o->fp, &d->sec[SEC_ITEMS].refs[i].to);
	}
	fputs("]\n", o->fp);
}

static void
results(const struct doc *d, const struct write_opts *o)
{
	const struct doc_section *s = &d->sec[SEC_ITEMS];

	fputc('[', o->fp);
	for (size_t i = 0; i < s->n; i++) {
		fputs(i ? ",\n " : "", o->fp);
		fprintf(o->fp, "{\"rank\": %d, \"tier\": %d, \"item\": ", s->refs[i].pos,
		    s->refs[i].tier);
		item(o->fp, &s->refs[i].to);
		kv(o->fp, 0, "snippet", s->refs[i].snippet ? s->refs[i].snippet : "");
		fputc('}', o->fp);
	}
	fputs("]\n", o->fp);
}

void
write_json(const struct doc *d, const struct write_opts *o)
{
	FILE *fp = o->fp;

	if (d->type == DOC_RESULTS) {
		results(d, o);
		return;
	}
	if (o->members || d->type == DOC_KIND) {
		members(d, o);
		return;
	}
	fputc('{', fp);
	kv(fp, 1, "slug", d->self.slug);
	kv(fp, 0, "kind", d->self.kind);
	kv(fp, 0, "name", d->self.name);
	kv(fp, 0, "name_en", d->self.name_en);
	kv(fp, 0, "gloss", d->self.gloss);
	kv(fp, 0, "summary", d->summary);
	kv(fp, 0, "summary_en", d->summary_en);
	kv(fp, 0, "vi", d->vi);
	kv(fp, 0, "role", d->role);
	kv(fp, 0, "date", d->date);
	if (d->article) {
		kv(fp, 0, "title", d->article->title);
		kv(fp, 0, "outlet", d->article->outlet);
		kv(fp, 0, "url", d->article->url);
	}
	fputs(", \"aliases\": [", fp);
	for (size_t i = 0; i < d->naliases; i++) {
		fputs(i ? ", " : "", fp);
		write_json_str(fp, d->aliases[i]);
	}
	fputc(']', fp);
	for (int k = 0; k < SEC_COUNT; k++) {
		if (!d->sec[k].n && k != SEC_CITATIONS && k != SEC_LINKS && k != SEC_BACKLINKS &&
		    k != SEC_LISTS)
			continue;
		fprintf(fp, ", \"%s\": [", sec_keys[k]);
		for (size_t i = 0; i < d->sec[k].n; i++) {
			fputs(i ? ", " : "", fp);
			ref(fp, (enum doc_sec)k, &d->sec[k].refs[i]);
		}
		fputc(']', fp);
	}
	fputs("}\n", fp);
}

static void
head_json(FILE *fp, const char *key, const struct doc_item *it, const char *summary,
    const char *summary_en)
{
	fprintf(fp, "\"%s\": {", key);
	kv(fp, 1, "slug", it->slug);
	kv(fp, 0, "kind", it->kind);
	kv(fp, 0, "name", it->name);
	kv(fp, 0, "name_en", it->name_en);
	kv(fp, 0, "gloss", it->gloss);
	kv(fp, 0, "summary", summary);
	kv(fp, 0, "summary_en", summary_en);
	fputs("}, ", fp);
}

/* A timeline: {"timeline": [{"year", "entries": [...]}]}; a comparison:
 * {"first", "second", "parts": [{"section", "relation", "side", "total",
 * "items"}]}. */
void
write_json_parts(const struct doc *d, const struct write_opts *o)
{
	FILE *fp = o->fp;

	fputc('{', fp);
	if (d->type == DOC_COMPARE) {
		head_json(fp, "first", &d->self, d->summary, d->summary_en);
		head_json(fp, "second", &d->other, d->other_summary, d->other_summary_en);
	}
	fprintf(fp, "\"%s\": [", d->type == DOC_TIMELINE ? "timeline" : "parts");
	for (size_t i = 0; i < d->nparts; i++) {
		const struct doc_part *p = &d->parts[i];

		fputs(i ? ",\n {" : "{", fp);
		if (d->type == DOC_TIMELINE) {
			kv(fp, 1, "year", p->title);
		} else {
			kv(fp, 1, "section", doc_sec_key(p->sec));
			kv(fp, 0, "relation", p->group ? p->group->relation : NULL);
			kv(fp, 0, "label", p->group ? p->group->label : NULL);
			kv(fp, 0, "label_en", p->group ? p->group->label_en : NULL);
			kv(fp, 0, "side", doc_side_key(p->side));
			fprintf(fp, ", \"total\": %zu", p->total);
		}
		fputs(", \"entries\": [", fp);
		for (size_t j = 0; j < p->n; j++) {
			fputs(j ? ", " : "", fp);
			if (d->type == DOC_TIMELINE) {
				fputs("{\"date\": ", fp);
				write_json_str(fp, p->refs[j].date);
				fputs(", \"target\": ", fp);
				item(fp, &p->refs[j].to);
				kv(fp, 0, "article", p->refs[j].quote.src ? p->refs[j].quote.src->slug : NULL);
				fputc('}', fp);
			} else {
				item(fp, &p->refs[j].to);
			}
		}
		fputs("]}", fp);
	}
	fputs("]}\n", fp);
}
