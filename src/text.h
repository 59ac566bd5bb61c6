/* text.h: UTF-8 cleaning, search folding, display width, truncation, wrapping. */
#ifndef TEKDIP_TEXT_H
#define TEKDIP_TEXT_H

#include <stddef.h>

/*
 * Every function here is safe on any bytes: invalid UTF-8 is read as U+FFFD
 * and nothing is read past `len`.  Functions that return a string return a
 * NUL-terminated malloc'd copy the caller frees, or NULL when out of memory.
 */

/* Valid UTF-8 with every control character made visible (ESC -> "^[",
 * C1 -> "<9B>"), tabs and newlines turned into spaces, invalid bytes U+FFFD. */
char *text_clean(const char *s, size_t len);

/* 1 when text_clean() would return `s` as it is (nearly every text of a
 * sound database): the caller can copy it instead of cleaning it. */
int text_is_clean(const char *s, size_t len);

/* `s` in printable ASCII, for a terminal whose locale is not UTF-8:
 * decomposed (NFKD), marks dropped, đ -> d, curly quotes and dashes
 * straightened, any other character '?'.  "Phạm Minh Chính" is
 * "Pham Minh Chinh". */
char *text_ascii(const char *s, size_t len);

/* Search key: NFKD, combining marks dropped, case folded, đ/Đ -> d.
 * "Phạm Minh Chính" and "PHAM MINH CHINH" fold to "pham minh chinh". */
char *text_fold(const char *s, size_t len);

/* Columns `s` takes on a terminal (text_clean'ed input expected). */
size_t text_width(const char *s, size_t len);

/* Bytes of the longest prefix of `s` that fits in `width` columns,
 * never splitting a character; *used gets its width when not NULL. */
size_t text_fit(const char *s, size_t len, size_t width, size_t *used);

/* A copy of `s` cut to `width` columns, ending in "…" when cut. */
char *text_truncate(const char *s, size_t len, size_t width);

/* One line of wrapped text: a byte range of the input. */
struct text_line {
	size_t off;
	size_t len;
};

/* Break `s` into lines of at most `width` columns at word boundaries
 * (hard breaks inside words longer than a line).  *lines is malloc'd;
 * returns the number of lines (0 for an empty text), or -1 when out of memory. */
long text_wrap(const char *s, size_t len, size_t width, struct text_line **lines);

/*
 * Search words.  A query is folded and split into words (text_word());
 * each is matched as a prefix of a word of the text, but a word of one
 * letter only as a whole word, unless it is the whole query.  The index
 * reads its texts the same way (text_index_form()).  The limits keep
 * every query cheap, whatever is typed.
 */
#define TEXT_QUERY_MAX 120	/* bytes of a query that are used */
#define TEXT_TOKENS_MAX 16
#define TEXT_TOKEN_MAX 48
#define TEXT_WORD_BUF (TEXT_TOKEN_MAX + 32)	/* a word read, spelling applied */

struct text_tokens {
	char v[TEXT_TOKENS_MAX][TEXT_TOKEN_MAX + 1];	/* folded, [a-z0-9] and non-ASCII */
	size_t n;
	int truncated;		/* the query was cut at TEXT_QUERY_MAX or TEXT_TOKENS_MAX */
};

/* Bytes of the longest prefix of `s` within `max` bytes that ends on a
 * character boundary (cutting a query to its limit). */
size_t text_cut(const char *s, size_t len, size_t max);

/* The next word of `s` from `off`: bytes [*start, returned end), the end
 * being *start when there is none.  Runs of letters and digits, kept whole
 * across "R&D", "4.0" and "A.I.". */
size_t text_word(const char *s, size_t len, size_t off, size_t *start);

/* The one form of a folded word the spelling table knows ("centre" is
 * "center", "ecommerce" is "e commerce"), or NULL. */
const char *text_spelling(const char *word);

/* `s` as the search index holds it: its words folded, abbreviations
 * without dots, spellings in their one form, joined by single spaces. */
char *text_index_form(const char *s, size_t len);

/* Split `query` into folded words; returns 0, or -1 when out of memory. */
int text_tokens(const char *query, size_t len, struct text_tokens *out);

/* A matched word of a text: bytes [off, off+len). */
struct text_span {
	size_t off, len;
};

/* The words of `s` that start with one of the tokens, in order: the
 * first `max` of them are stored and their number returned. */
size_t text_match(const char *s, size_t len, const struct text_tokens *t,
    struct text_span *spans, size_t max);

/* The code point at `off` (U+FFFD for an invalid sequence); *next gets
 * the offset of the character after it. */
unsigned long text_char(const char *s, size_t len, size_t off, size_t *next);

/* How many bytes the UTF-8 sequence `lead` starts has; 0 when no valid
 * sequence starts with it (for input read a byte at a time). */
size_t text_char_length(unsigned char lead);

/* Whether `byte` continues a UTF-8 sequence (for input read a byte at a time). */
int text_char_continues(unsigned char byte);

/* The bytes of the control character at s[0..len): 1 for C0 and DEL, 2
 * for C1 (U+0080 to U+009F); 0 when it is no control. */
size_t text_control(const char *s, size_t len);

/* The code point of the strict UTF-8 sequence at s[0..len) into *cp and its
 * length; 0 for a bad lead or continuation byte, a truncated sequence, an
 * overlong form, a surrogate or anything past U+10FFFF. */
size_t text_decode(const char *s, size_t len, unsigned long *cp);

/* The UTF-8 of code point `c` into `out`, and its length; 0 when `c` is
 * not text one may type (a C0 or C1 control, DEL, a surrogate, past
 * U+10FFFF). */
size_t text_encode(unsigned long c, char out[4]);

/* Characters (code points) in s[0..len); an invalid byte counts as one. */
size_t text_chars(const char *s, size_t len);

/* Byte offset of the next character after `off` (for cursor movement). */
size_t text_next_char(const char *s, size_t len, size_t off);
/* Byte offset of the character before `off`. */
size_t text_prev_char(const char *s, size_t len, size_t off);

#endif
