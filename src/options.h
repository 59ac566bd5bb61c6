/* options.h: the command-line options, one table for getopt, --help and tekdip(1). */
#ifndef TEKDIP_OPTIONS_H
#define TEKDIP_OPTIONS_H

#include <stddef.h>

#define OPTIONS_MAX 32

/* The forms of the command, one line each in tekdip(1)'s SYNOPSIS. */
enum synopsis_line { SYN_BROWSE, SYN_TABLES, SYN_ONE, SYN_SEARCH, SYN_EXPORT, SYN_INFO,
	SYN_SITE,
	SYN_PRESENT,
	SYN_LINES };
#define SYN_NONE SYN_LINES
#define SYN(l) (1u << (l))

struct option_doc {
	const char *name;
	int has_arg;
	int val;
	const char *arg, *help;
	enum synopsis_line command;	/* the line it is the command of, or SYN_NONE */
	unsigned with;			/* SYN() of the lines it is an optional modifier of */
};

extern const struct option_doc options[];
extern const size_t options_count;
/* What follows a SYNOPSIS line's options (its operands), or NULL. */
extern const char *const synopsis_operands[SYN_LINES];

#endif
