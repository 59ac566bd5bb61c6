/* prompt.h: the one-line editor of the search prompt, with recall of earlier queries. */
#ifndef TEKDIP_PROMPT_H
#define TEKDIP_PROMPT_H

#include <stddef.h>

#include "action.h"
#include "state.h"
#include "text.h"

#define PROMPT_MAX TEXT_QUERY_MAX	/* bytes; the search would use no more */

struct prompt {
	char text[PROMPT_MAX + 1];
	size_t len, cur;		/* bytes; cur is on a character boundary */
	long recall;			/* index into the recall list, -1: the typed line */
	char typed[PROMPT_MAX + 1];	/* the typed line, kept while recalling */
};

void prompt_start(struct prompt *p);
/* Start with `s` (cut at PROMPT_MAX bytes) typed, the cursor at its end. */
void prompt_set(struct prompt *p, const char *s);
/* Apply an editing action, or insert the character `key` for ACT_NONE.
 * `recall` lists earlier queries, newest first.  Returns 1 when the text
 * changed, 0 when it did not, -1 when a character did not fit or is not text. */
int prompt_edit(struct prompt *p, enum action a, int key, const struct state_list *recall);
/* Columns from the start of the text to the cursor. */
size_t prompt_cursor_col(const struct prompt *p);

#endif
