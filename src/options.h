/* options.h: the command-line options, one table for getopt, --help and tekdip(1). */
#ifndef TEKDIP_OPTIONS_H
#define TEKDIP_OPTIONS_H

#include <stddef.h>

#define OPTIONS_MAX 16

struct option_doc {
	const char *name;
	int has_arg;
	int val;
	const char *arg, *help;
};

extern const struct option_doc options[];
extern const size_t options_count;

#endif
