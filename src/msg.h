/* msg.h: one-line messages to stderr, cleaned as database text is. */
#ifndef TEKDIP_MSG_H
#define TEKDIP_MSG_H

/* Format, then print as one line: every control character (ESC, BEL, a
 * newline in an argument) shown visibly and bidirectional controls
 * dropped, as text_clean does for the database's text; the trailing
 * newline of `fmt`, if any, is the only one written. */
void msg_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
