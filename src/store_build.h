/* store_build.h: writing a new tekdip database (used by tekdip-mkdb and tests). */
#ifndef TEKDIP_STORE_BUILD_H
#define TEKDIP_STORE_BUILD_H

#include <stdint.h>

struct builder;

/* The text a concept is found by: each part is folded before indexing. */
struct build_search {
	const char *name, *aliases, *en, *summary, *quotes;
};

/* Create `path` (replacing it) with `schema` (SQL text).  NULL on failure,
 * with a malloc'd reason in *err. */
struct builder *build_open(const char *path, const char *schema, char **err);

/* Each returns 0, or -1 with the reason in build_error(). */
int build_kind(struct builder *b, int pos, const char *slug, const char *name,
    const char *name_en, const char *plural, const char *plural_en, const char *gloss);
int build_relation(struct builder *b, int pos, const char *slug, const char *name,
    const char *name_en, const char *inverse, const char *inverse_en);
int build_concept(struct builder *b, int64_t id, const char *slug, int kind,
    const char *name, const char *name_en, const char *gloss, const char *summary,
    const char *role, const char *date);
int build_article(struct builder *b, int64_t id, const char *file, const char *title,
    const char *outlet, const char *url);
int build_alias(struct builder *b, int64_t concept, int pos, const char *alias);
int build_citation(struct builder *b, int64_t concept, int64_t article,
    int64_t offset, const char *quote);
int build_link(struct builder *b, int64_t src, int relation, int64_t dst,
    int64_t article, const char *quote);
/* The same with the quote's byte offset in the article (-1: not known). */
int build_link_at(struct builder *b, int64_t src, int relation, int64_t dst,
    int64_t article, int64_t offset, const char *quote);
/* The article's text, `len` bytes, one paragraph row per non-blank line. */
int build_paragraphs(struct builder *b, int64_t article, const char *seed, size_t len);
int build_paragraph(struct builder *b, int64_t article, int pos, int64_t offset,
    const char *text, size_t len);
int build_list(struct builder *b, int64_t id, const char *slug, const char *name,
    const char *name_en, int64_t article, int64_t offset, const char *quote);
/* What the first build_concept() leaves out: the English summary and the
 * full Vietnamese spelling (NULL: none). */
int build_concept_more(struct builder *b, int64_t id, const char *summary_en, const char *vi);
int build_list_summary(struct builder *b, int64_t id, const char *summary, const char *summary_en);
/* List `list` is about `concept`, the pos-th it names. */
int build_list_about(struct builder *b, int64_t list, int pos, int64_t concept);
int build_list_item(struct builder *b, int64_t list, int pos, int64_t concept);
int build_index(struct builder *b, int64_t concept, const struct build_search *s);

const char *build_error(const struct builder *b);

/* Stamp, compact and close; on success the file is complete.  Frees `b`
 * either way; returns 0, or -1 with a malloc'd reason in *err. */
int build_finish(struct builder *b, char **err);
/* Give up: close and remove the file. */
void build_abort(struct builder *b);

#endif
