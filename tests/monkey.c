/* monkey.c: drive a full-screen program through a pseudo-terminal with
 * random keys, mouse reports and resizes, and check that it neither hangs,
 * crashes, trips a sanitizer, nor leaves the terminal modes changed.
 *
 *   monkey [--runs N] [--seed S] [--keys K] [--script FILE] [--timeout-ms T]
 *          [--jobs J] [--size COLSxROWS] [--settle-ms M] [--signals]
 *          [--term TERM] [--print] [--verbose] -- PROGRAM ARGS...
 *
 *   --runs N (1000), --keys K (40)  runs, and random keys in each
 *   --timeout-ms T (2000)  the time the program has to exit after Esc Q
 *                          (and, twice that, to start)
 *   --jobs J (1)           runs at once, in J worker processes
 *   --size CxR             the first size (random; 80x24 with --script)
 *   --settle-ms M          after each event, wait until the program has been
 *                          quiet for M ms and is asleep (for slow programs,
 *                          as under valgrind)
 *   --signals              Ctrl-C, Ctrl-\, SIGTERM and SIGHUP among the keys;
 *                          an exit status of 128+N is then accepted
 *   --term TERM            (the first of xterm-256color, xterm, screen known
 *                          to terminfo)
 *   --print                print each run's events and do nothing else
 *   --verbose              a line for every run, with its time to quit
 *   --lock-held            hold XDG_DATA_HOME/tekdip/.lock (flock) for the
 *                          whole run, as another program might
 *   --hangup               end each run by closing the terminal instead of
 *                          Esc Q, the program having no controlling
 *                          terminal (no SIGHUP comes): it must notice the
 *                          end of its input and exit (0 or 128+SIGHUP)
 *   --fsize BYTES          run under that file size limit (ulimit -f)
 *   --locale L             LANG and LC_ALL (C.UTF-8), e.g. C or POSIX
 *
 * Each run gets its own pty at a random size, TERM, LANG=LC_ALL=C.UTF-8 and
 * an empty XDG_DATA_HOME.  A run fails if the program does not exit in time
 * (a hang), exits other than 0 or dies on a signal (a crash), prints an
 * AddressSanitizer, UBSan or LeakSanitizer report, or leaves the terminal
 * modes (c_iflag, c_oflag, c_cflag, c_lflag, c_cc) other than it found them.
 * The last line is a summary; the exit status is 0 only if every run passed.
 *
 * Run i is driven by a random generator seeded from S + i alone, so
 * `--seed S+i --runs 1` (with the same --keys and --signals) replays the
 * same keys, delays and sizes.  A script (--script) has one key a line:
 *
 *   j                    a key; escapes: \e \r \n \t \a \0 \\ \xHH
 *   Phạm Minh Chính      several characters are written at once
 *   !resize 80x24        resize the terminal (TIOCSWINSZ + SIGWINCH)
 *   !wait 300            wait 300 ms, reading the program's output
 *   !signal TERM         send a signal (INT, QUIT, TERM, HUP or a number)
 *   # comment            (a line starting with '#'; empty lines are skipped)
 *
 * A key that begins with '#' or '!' is written \x23 or \x21.  The key log
 * printed for a failed run is in this format, so it can be replayed.
 *
 * Build: cc -std=c11 -D_DEFAULT_SOURCE -o tests/monkey tests/monkey.c -lutil
 */
/* forkpty, ptsname, nftw, memmem */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

/* --- small helpers --------------------------------------------------- */

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("monkey: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static void *
xrealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n ? n : 1)))
		die("out of memory");
	return p;
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* A growing byte string. */
struct str {
	char *s;
	size_t n, cap;
};

static void
str_add(struct str *b, const void *p, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, p, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void str_printf(struct str *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void
str_printf(struct str *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	str_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* --- random numbers: splitmix64, one stream per run ------------------- */

static uint64_t rng;

static uint64_t
rnd64(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* 0 .. n-1 */
static unsigned
rnd(unsigned n)
{
	return n ? (unsigned)(rnd64() % n) : 0;
}

/* lo .. hi */
static int
rnd_range(int lo, int hi)
{
	return lo + (int)rnd((unsigned)(hi - lo + 1));
}

/* --- events: what is done to the program ------------------------------- */

enum ev_kind { EV_KEY, EV_RESIZE, EV_WAIT, EV_SIGNAL };

struct event {
	enum ev_kind kind;
	unsigned char *bytes;	/* EV_KEY */
	size_t len;
	int cols, rows;		/* EV_RESIZE */
	int ms;			/* EV_WAIT */
	int sig;		/* EV_SIGNAL */
	int delay;		/* ms to wait (reading output) before the event */
};

struct evlist {
	struct event *v;
	size_t n, cap;
};

static struct event *
ev_push(struct evlist *l, enum ev_kind kind)
{
	struct event *e;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	e = &l->v[l->n++];
	memset(e, 0, sizeof *e);
	e->kind = kind;
	return e;
}

static void
ev_key(struct evlist *l, const void *p, size_t n, int delay)
{
	struct event *e = ev_push(l, EV_KEY);

	e->bytes = xrealloc(NULL, n);
	memcpy(e->bytes, p, n);
	e->len = n;
	e->delay = delay;
}

static void
ev_free(struct evlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].bytes);
	free(l->v);
	memset(l, 0, sizeof *l);
}

static const struct {
	const char *name;
	int sig;
} signames[] = {
	{ "HUP", SIGHUP }, { "INT", SIGINT }, { "QUIT", SIGQUIT }, { "TERM", SIGTERM },
	{ "WINCH", SIGWINCH }, { "KILL", SIGKILL }, { "SEGV", SIGSEGV }, { "ABRT", SIGABRT },
	{ "BUS", SIGBUS }, { "FPE", SIGFPE }, { "ILL", SIGILL }, { "PIPE", SIGPIPE },
	{ "TSTP", SIGTSTP }, { "TRAP", SIGTRAP }, { "USR1", SIGUSR1 }, { "USR2", SIGUSR2 },
};

static const char *
signame(int sig, char buf[16])
{
	for (size_t i = 0; i < sizeof signames / sizeof *signames; i++)
		if (signames[i].sig == sig)
			return snprintf(buf, 16, "SIG%s", signames[i].name), buf;
	snprintf(buf, 16, "signal %d", sig);
	return buf;
}

/* Length of the valid UTF-8 character at p (n bytes left), 0 if invalid. */
static size_t
utf8_len(const unsigned char *p, size_t n)
{
	size_t len;
	uint32_t c;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		len = 2, c = p[0] & 0x1f;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		len = 3, c = p[0] & 0x0f;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		len = 4, c = p[0] & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3f);
	}
	if ((len == 3 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
	    (len == 4 && (c < 0x10000 || c > 0x10ffff)))
		return 0;
	return len;
}

static int
valid_utf8(const unsigned char *p, size_t n)
{
	for (size_t i = 0, u; i < n; i += u)
		if ((u = utf8_len(p + i, n - i)) == 0)
			return 0;
	return 1;
}

/* One event as a script line (no newline). */
static void
ev_format(struct str *o, const struct event *e)
{
	char sb[16];

	switch (e->kind) {
	case EV_RESIZE: str_printf(o, "!resize %dx%d", e->cols, e->rows); return;
	case EV_WAIT: str_printf(o, "!wait %d", e->ms); return;
	case EV_SIGNAL: str_printf(o, "!signal %s", signame(e->sig, sb) + 3); return;
	case EV_KEY: break;
	}
	for (size_t i = 0; i < e->len;) {
		unsigned char c = e->bytes[i];
		size_t u;

		if (c == '\\')
			str_add(o, "\\\\", 2);
		else if (c == 0x1b)
			str_add(o, "\\e", 2);
		else if (c == '\r')
			str_add(o, "\\r", 2);
		else if (c == '\n')
			str_add(o, "\\n", 2);
		else if (c == '\t')
			str_add(o, "\\t", 2);
		else if ((i == 0 && (c == '#' || c == '!')) ||
		    (c == ' ' && (i == 0 || i + 1 == e->len)) || c < 0x20 || c == 0x7f)
			str_printf(o, "\\x%02x", c);
		else if (c < 0x80)
			str_add(o, &c, 1);
		else if ((u = utf8_len(e->bytes + i, e->len - i)) > 0) {
			str_add(o, e->bytes + i, u);
			i += u;
			continue;
		} else
			str_printf(o, "\\x%02x", c);
		i++;
	}
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int
parse_size(const char *s, int *cols, int *rows)
{
	char *end;
	long c = strtol(s, &end, 10), r;

	if (end == s || (*end != 'x' && *end != 'X'))
		return -1;
	s = end + 1;
	r = strtol(s, &end, 10);
	if (end == s || *end || c < 1 || c > 9999 || r < 1 || r > 9999)
		return -1;
	*cols = (int)c;
	*rows = (int)r;
	return 0;
}

static int
parse_signal(const char *s)
{
	char *end;
	long n;

	if (strncmp(s, "SIG", 3) == 0)
		s += 3;
	for (size_t i = 0; i < sizeof signames / sizeof *signames; i++)
		if (strcmp(s, signames[i].name) == 0)
			return signames[i].sig;
	n = strtol(s, &end, 10);
	return end != s && !*end && n > 0 && n < 65 ? (int)n : -1;
}

static int
wait_ms(const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);

	return end != s && !*end && n >= 0 && n <= 3600000 ? (int)n : -1;
}

static void
load_script(const char *path, struct evlist *l)
{
	FILE *fp = strcmp(path, "-") ? fopen(path, "r") : stdin;
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	int lineno = 0;

	if (!fp)
		die("%s: %s", path, strerror(errno));
	while ((got = getline(&line, &cap, fp)) != -1) {
		size_t n = (size_t)got;
		struct str k = { 0 };

		lineno++;
		if (n && line[n - 1] == '\n')
			line[--n] = '\0';
		if (n && line[n - 1] == '\r')
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		if (line[0] == '!') {
			struct event *e;
			int a, b;

			if (strncmp(line, "!resize ", 8) == 0 && parse_size(line + 8, &a, &b) == 0) {
				e = ev_push(l, EV_RESIZE);
				e->cols = a, e->rows = b;
			} else if (strncmp(line, "!wait ", 6) == 0 && (a = wait_ms(line + 6)) >= 0) {
				e = ev_push(l, EV_WAIT);
				e->ms = a;
			} else if (strncmp(line, "!signal ", 8) == 0 && (a = parse_signal(line + 8)) > 0) {
				e = ev_push(l, EV_SIGNAL);
				e->sig = a;
			} else
				die("%s:%d: unknown directive `%s'", path, lineno, line);
			continue;
		}
		for (size_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)line[i];

			if (c != '\\' || i + 1 == n) {
				str_add(&k, &c, 1);
				continue;
			}
			switch (line[++i]) {
			case 'e': c = 0x1b; break;
			case 'r': c = '\r'; break;
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'a': c = '\a'; break;
			case '0': c = 0; break;
			case '\\': c = '\\'; break;
			case 'x':
				if (i + 2 < n && hexval(line[i + 1]) >= 0 && hexval(line[i + 2]) >= 0) {
					c = (unsigned char)(hexval(line[i + 1]) * 16 + hexval(line[i + 2]));
					i += 2;
					break;
				}
				/* fall through */
			default:
				die("%s:%d: bad escape in `%s'", path, lineno, line);
			}
			str_add(&k, &c, 1);
		}
		ev_key(l, k.s, k.n, 0);
		free(k.s);
	}
	free(line);
	if (fp != stdin)
		fclose(fp);
}

/* --- the random keys -------------------------------------------------- */

/* The browser's own keys, weighted by repetition; no q or Q: they end the
 * run (q on the first view), so they come seldom, on their own. */
static const char *const browse_keys[] = {
	"j", "j", "j", "k", "k", " ", "b", "d", "u", "g", "G", "\t", "\t", "\t",
	"\r", "\r", "\r", "\x7f", "[", "[", "]", "]", "t", "H", "m", "B", "/", "/",
	"n", "N", "?", "h", "l", "f", "<", ">", "1", "2", "3", "4", "9",
	"\x08", "\n", "\x0e", "\x10", "\x06", "\x02", "\x04", "\x15",
};

static const char *const words[] = {
	"kecerdasan buatan", "Korea Selatan", "diplomasi", "teknologi", "kerja sama",
	"perjanjian", "ilmu pengetahuan", "Jepang", "Amerika Serikat", "semikonduktor",
	"energi terbarukan", "keamanan siber", "kedaulatan data", "riset", "pangan",
	"Tiongkok", "Uni Eropa", "ASEAN", "nuklir", "antariksa", "vaksin", "kelautan",
	"a", "ai", "korea", "zzz", "\"", "*", "-", "AND", "OR NOT", "  ",
};

static const char *const vietnamese[] = {
	"Ph\xe1\xba\xa1m Minh Ch\xc3\xadnh",		/* Phạm Minh Chính, NFC */
	"Pha\xcc\xa3m Minh Chi\xcc\x81nh",		/* the same, NFD */
	"\xc4\x91", "\xc4\x90",				/* đ Đ */
	"B\xc3\xb9i Thanh S\xc6\xa1n",			/* Bùi Thanh Sơn */
	"H\xe1\xbb\x93 Ch\xc3\xad Minh",		/* Hồ Chí Minh */
	"Nguy\xe1\xbb\x85n", "H\xc3\xa0 N\xe1\xbb\x99i", "Vi\xe1\xbb\x87t Nam",
	"\xc6\xb0\xc6\xa1",				/* ươ */
	"e\xcc\x82\xcc\x81",				/* e + two combining marks */
	"\xcc\x81", "\xcc\xa3\xcc\x81\xcc\x83",		/* lone combining marks */
	"\xe6\x97\xa5\xe6\x9c\xac",			/* 日本, wide */
	"\xf0\x9f\x98\x80",				/* an emoji */
	"\xe2\x80\x8b", "\xef\xbb\xbf", "\xe2\x80\xae",	/* ZWSP, BOM, RLO */
	"\xc2\xa0", "\xe2\x80\xa6",			/* NBSP, … */
};

static const char *const bad_utf8[] = {
	"\x80", "\xbf", "\xc3", "\xe1\x80", "\xf0\x9f\x98", "\xc0\xaf", "\xe0\x80\xaf",
	"\xed\xa0\x80", "\xf5\x80\x80\x80", "\xfe", "\xff", "\xc3\x28", "\xf8\x88\x80\x80\x80",
	"\xc3\xc3\xc3", "a\x80z",
};

static const char *const escapes[] = {
	"\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D",		/* arrows, normal mode */
	"\x1bOA", "\x1bOB", "\x1bOC", "\x1bOD",		/* arrows, keypad mode */
	"\x1bOA", "\x1bOB", "\x1bOC", "\x1bOD",
	"\x1bOP", "\x1b[11~",				/* F1 */
	"\x1b[5~", "\x1b[6~", "\x1b[5~", "\x1b[6~",	/* PgUp PgDn */
	"\x1bOH", "\x1bOF", "\x1b[H", "\x1b[F", "\x1b[1~", "\x1b[4~",	/* Home End */
	"\x1b[Z", "\x1b[3~", "\x1b[2~",			/* Shift-Tab Delete Insert */
	"\x1bOQ", "\x1b[15~", "\x1b[24~",		/* F2 F5 F12 */
	"\x1b[1;5A", "\x1b[1;2B", "\x1b[1;3C", "\x1b[1;5D",	/* modified arrows */
	"\x1b", "\x1b", "\x1b\x1b", "\x1b[", "\x1bO",	/* lone and cut escapes */
	"\x1bx", "\x1bj", "\x1b\x31",			/* Alt-keys */
	"\x1b[I", "\x1b[O",				/* focus in, out */
	"\x1b[200~pasted text\x1b[201~",		/* bracketed paste */
	"\x1b[12;40R", "\x1b[?1;2c", "\x1b[>0;95;0c",	/* terminal answers */
	"\x1b]0;title\x07", "\x1bP+q544e\x1b\\",	/* OSC, DCS */
	"\x1b[99999999999999999999A", "\x1b[;;;;;;;;;;;;;;;;;;;;m",
};

static const char *const controls[] = {
	"\x0c", "\x0c", "\x15", "\x17", "\x17", "\x01", "\x05", "\x07", "\x0b", "\x0e",
	"\x10", "\x12", "\x14", "\x16", "\x18", "\x19", "\x0f", "\x11", "\x1d", "\x1e",
	"\x1f", "\x00", "\x08", "\x7f",
};

/* Sizes: mostly ordinary terminals, often small ones, sometimes extremes. */
static void
random_size(int *cols, int *rows)
{
	static const int fixed[][2] = {
		{ 80, 24 }, { 40, 10 }, { 39, 10 }, { 40, 9 }, { 39, 9 }, { 100, 30 },
		{ 99, 30 }, { 120, 40 }, { 132, 43 }, { 300, 100 }, { 1, 1 }, { 1, 100 },
		{ 300, 1 }, { 2, 2 }, { 41, 11 },
	};
	unsigned r = rnd(100);

	if (r < 50) {
		*cols = rnd_range(60, 200);
		*rows = rnd_range(20, 60);
	} else if (r < 68) {
		unsigned i = rnd(sizeof fixed / sizeof *fixed);

		*cols = fixed[i][0];
		*rows = fixed[i][1];
	} else if (r < 83) {
		*cols = rnd_range(1, 45);
		*rows = rnd_range(1, 12);
	} else {
		*cols = rnd_range(1, 300);
		*rows = rnd_range(1, 100);
	}
}

static void
random_mouse(struct str *k, int cols, int rows)
{
	static const int buttons[] = { 0, 0, 0, 0, 1, 2, 64, 64, 65, 65, 32, 35, 3, 4, 8, 16, 66, 67, 128 };
	int b = buttons[rnd(sizeof buttons / sizeof *buttons)];
	int x = rnd(10) ? rnd_range(1, cols > 0 ? cols : 1) : rnd_range(0, 400);
	int y = rnd(10) ? rnd_range(1, rows > 0 ? rows : 1) : rnd_range(0, 200);
	unsigned r = rnd(100);

	if (r < 60) {
		/* SGR (1006): a press, and usually its release */
		str_printf(k, "\x1b[<%d;%d;%dM", b, x, y);
		if (b < 64 && rnd(3))
			str_printf(k, "\x1b[<%d;%d;%dm", b, x, y);
	} else if (r < 85) {
		/* X10: three bytes each offset by 32; past 223 they are cut */
		/* past column or row 95 the bytes are not UTF-8: rarely */
		int lim = rnd(10) ? 95 : 223;
		unsigned char x10[6] = { 0x1b, '[', 'M', (unsigned char)(32 + (b & 0xe3)),
			(unsigned char)(32 + (x > lim ? lim : x)), (unsigned char)(32 + (y > lim ? lim : y)) };

		/* no q or Q in them: they would end the run */
		for (int i = 4; i < 6; i++)
			x10[i] += x10[i] == 'Q' || x10[i] == 'q';
		str_add(k, x10, sizeof x10);
		if (rnd(2)) {
			x10[3] = 32 + 3;	/* release */
			str_add(k, x10, sizeof x10);
		}
	} else {
		/* malformed reports */
		static const char *const bad[] = {
			"\x1b[<0;10M", "\x1b[<;;M", "\x1b[<99999999999;1;1M", "\x1b[<0;-1;5M",
			"\x1b[<0;0;0M", "\x1b[<64;1;1", "\x1b[M", "\x1b[M ", "\x1b[<0;10;5;7M",
			"\x1b[<65;4294967296;2M", "\x1b[<0;1;99999m",
		};
		const char *s = bad[rnd(sizeof bad / sizeof *bad)];

		str_add(k, s, strlen(s));
	}
}

struct runcfg {
	int cols, rows;		/* initial size */
	int no_color;
	int typeahead;		/* keys start before the program is ready */
};

/* K keys (and some resizes) for one run; rng must be seeded. */
static void
random_events(struct evlist *l, int nkeys, int signals, struct runcfg *cfg)
{
	int cols, rows;

	random_size(&cfg->cols, &cfg->rows);
	cfg->no_color = rnd(5) == 0;
	/* a signal before the program has its handlers would kill it: no
	 * typing ahead with --signals */
	cfg->typeahead = rnd(10) == 0 && !signals;
	cols = cfg->cols, rows = cfg->rows;
	for (int i = 0; i < nkeys; i++) {
		struct str k = { 0 };
		unsigned r;

		/* resizes between keys, sometimes several at once */
		while (rnd(100) < 7) {
			struct event *e = ev_push(l, EV_RESIZE);

			random_size(&cols, &rows);
			e->cols = cols, e->rows = rows;
			e->delay = rnd_range(0, 5);
		}
		if (signals && rnd(100) < 2) {
			static const int sigs[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT };
			struct event *e = ev_push(l, EV_SIGNAL);

			e->sig = sigs[rnd(4)];
			e->delay = rnd_range(0, 5);
		}
		r = rnd(1000);
		if (r < 430) {
			const char *s = browse_keys[rnd(sizeof browse_keys / sizeof *browse_keys)];

			str_add(&k, s, s[0] ? strlen(s) : 1);
		} else if (r < 530) {
			/* printable ASCII, but no Q (that would end the run) */
			char c = (char)rnd_range(0x20, 0x7e);

			str_add(&k, c == 'Q' || c == 'q' ? "x" : &c, 1);
		} else if (r < 590) {
			const char *s = words[rnd(sizeof words / sizeof *words)];

			str_add(&k, s, strlen(s));
		} else if (r < 640) {
			const char *s = vietnamese[rnd(sizeof vietnamese / sizeof *vietnamese)];

			str_add(&k, s, strlen(s));
		} else if (r < 648) {
			const char *s = bad_utf8[rnd(sizeof bad_utf8 / sizeof *bad_utf8)];

			str_add(&k, s, strlen(s));
		} else if (r < 790) {
			const char *s = escapes[rnd(sizeof escapes / sizeof *escapes)];

			str_add(&k, s, strlen(s));
		} else if (r < 850) {
			const char *s = controls[rnd(sizeof controls / sizeof *controls)];

			str_add(&k, s, 1);
		} else if (r < 970) {
			random_mouse(&k, cols, rows);
		} else if (r < 985) {
			/* a burst of the same key, as from key repeat */
			const char *s = browse_keys[rnd(8)];
			int n = rnd_range(5, 60);

			for (int j = 0; j < n; j++)
				str_add(&k, s, strlen(s));
		} else if (r < 995) {
			/* a long paste: more than a search prompt holds */
			int n = rnd_range(100, 1500);

			for (int j = 0; j < n; j++) {
				char c = (char)rnd_range(0x20, 0x7e);

				str_add(&k, c == 'Q' || c == 'q' ? "x" : &c, 1);
			}
		} else if (r < 998) {
			/* back, or quit from the first view */
			str_add(&k, "q", 1);
		} else if (signals) {
			str_add(&k, rnd(2) ? "\x03" : "\x1c", 1);	/* Ctrl-C, Ctrl-\ */
		} else {
			str_add(&k, "?", 1);
		}
		ev_key(l, k.s, k.n, rnd_range(0, 5));
		/* After a byte that is not UTF-8, curses' get_wch() swallows all
		 * the input that follows until it times out: half the time,
		 * pause long enough (tekdip's timeout is 200 ms) for the next
		 * keys to count. */
		if (!valid_utf8((unsigned char *)k.s, k.n) && rnd(2))
			ev_push(l, EV_WAIT)->ms = rnd_range(210, 260);
		free(k.s);
	}
}

/* --- output of the program -------------------------------------------- */

static const char *const markers[] = {
	"AddressSanitizer", "LeakSanitizer", "runtime error", "UndefinedBehaviorSanitizer",
};
#define NMARKERS (sizeof markers / sizeof *markers)
#define CARRY 64
#define TAIL 4096
#define REPORT_MAX (64 * 1024)

struct output {
	char carry[CARRY];
	size_t ncarry;
	int found;			/* a sanitizer marker was seen */
	struct str report;		/* from just before the first marker on */
	char tail[TAIL];		/* the last bytes, a ring */
	size_t total;
	double last;			/* when output last came */
};

static void
output_add(struct output *o, const char *p, size_t n)
{
	char *tmp = xrealloc(NULL, o->ncarry + n);
	size_t tn = o->ncarry + n;

	memcpy(tmp, o->carry, o->ncarry);
	memcpy(tmp + o->ncarry, p, n);
	if (!o->found) {
		const char *first = NULL;

		for (size_t m = 0; m < NMARKERS; m++) {
			const char *at = memmem(tmp, tn, markers[m], strlen(markers[m]));

			if (at && (!first || at < first))
				first = at;
		}
		if (first) {
			size_t from = (size_t)(first - tmp) > 200 ? (size_t)(first - tmp) - 200 : 0;

			o->found = 1;
			str_add(&o->report, tmp + from, tn - from);
		}
	} else if (o->report.n < REPORT_MAX) {
		str_add(&o->report, p, n);
	}
	o->ncarry = tn < CARRY - 1 ? tn : CARRY - 1;
	memcpy(o->carry, tmp + tn - o->ncarry, o->ncarry);
	free(tmp);
	for (size_t i = 0; i < n; i++)
		o->tail[(o->total + i) % TAIL] = p[i];
	o->total += n;
	o->last = now_ms();
}

/* Terminal output made readable: escape sequences dropped, CR as newline,
 * blank lines squeezed, each line prefixed. */
static void
clean_text(struct str *out, const char *p, size_t n, const char *prefix)
{
	int col = 0, blank = 1;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		if (c == 0x1b) {
			if (i + 1 < n && p[i + 1] == '[') {
				for (i += 2; i < n && !((unsigned char)p[i] >= 0x40 && (unsigned char)p[i] <= 0x7e); i++)
					continue;
			} else if (i + 1 < n && (p[i + 1] == ']' || p[i + 1] == 'P')) {
				for (i += 2; i < n && p[i] != 0x07 && !(p[i] == 0x1b && i + 1 < n && p[i + 1] == '\\'); i++)
					continue;
			} else if (i + 1 < n && (p[i + 1] == '(' || p[i + 1] == ')')) {
				i += 2;
			} else {
				i++;
			}
			continue;
		}
		if (c == '\r' || c == '\n') {
			if (col > 0)
				str_add(out, "\n", 1), blank = 0;
			else if (!blank && c == '\n')
				blank = 1;
			col = 0;
			continue;
		}
		if (c < 0x20 || c == 0x7f)
			continue;
		if (col == 0)
			str_add(out, prefix, strlen(prefix));
		str_add(out, &c, 1);
		col++;
	}
	if (col > 0)
		str_add(out, "\n", 1);
}

/* --- one run -------------------------------------------------------- */

enum { F_HANG = 1, F_CRASH = 2, F_SANITIZER = 4, F_TERMIOS = 8, F_EARLY = 16, F_INTERRUPTED = 32, F_REQUIT = 64 };

struct opts {
	int runs, keys, timeout_ms, jobs, settle_ms, signals, print, verbose;
	int size_cols, size_rows;
	uint64_t seed;
	const char *script, *term;
	char **argv;
	int lock_held, hangup;
	long fsize;		/* -1: no limit */
	const char *locale;
};

static struct opts opt = { 1000, 40, 2000, 1, 0, 0, 0, 0, 0, 0, 0, NULL, NULL, NULL, 0, 0, -1, "C.UTF-8" };
static struct evlist script_events;
static volatile sig_atomic_t stop_sig;
static const char *progname = "monkey";
static double quit_ms;		/* the last run: from Esc Q to its exit, or -1 */

static void
on_stop(int sig)
{
	stop_sig = sig;
}

struct child {
	pid_t pid;
	int master, slave;
	int status;
	int exited;
	struct output out;
};

/* Read whatever the program wrote. */
static void
drain(struct child *c)
{
	char buf[65536];
	ssize_t n;

	while ((n = read(c->master, buf, sizeof buf)) > 0)
		output_add(&c->out, buf, (size_t)n);
}

static int
reap(struct child *c)
{
	if (!c->exited && waitpid(c->pid, &c->status, WNOHANG) == c->pid)
		c->exited = 1;
	return c->exited;
}

/* Wait `ms`, reading the output all the while; stops early when the program
 * exits.  Returns 1 if it exited. */
static int
pump(struct child *c, double ms)
{
	double end = now_ms() + ms;

	for (;;) {
		struct pollfd pfd = { c->master, POLLIN, 0 };
		double left = end - now_ms();
		int wait = left <= 0 ? 0 : left > 10 ? 10 : (int)left + 1;

		if (poll(&pfd, 1, wait) > 0)
			drain(c);
		if (reap(c)) {
			drain(c);
			return 1;
		}
		if (stop_sig || now_ms() >= end)
			return 0;
	}
}

/* Write all of a key; -1 if the program stopped reading for `ms`. */
static int
send_key(struct child *c, const unsigned char *p, size_t n, double ms)
{
	double end = now_ms() + ms;

	while (n > 0) {
		ssize_t w = write(c->master, p, n);

		if (w > 0) {
			p += w, n -= (size_t)w;
			continue;
		}
		if (w < 0 && errno != EAGAIN && errno != EINTR)
			return -1;
		if (pump(c, 2) || now_ms() > end || stop_sig)
			return -1;
	}
	return 0;
}

static void
set_size(struct child *c, int cols, int rows, int tell)
{
	struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };

	ioctl(c->master, TIOCSWINSZ, &ws);
	if (tell)
		kill(c->pid, SIGWINCH);
}

/* Is the program asleep (waiting for input)?  Linux only; 1 elsewhere. */
static int
asleep(pid_t pid)
{
	char path[64], buf[512], *p;
	FILE *fp;
	size_t n;

	snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
	if (!(fp = fopen(path, "r")))
		return 1;
	n = fread(buf, 1, sizeof buf - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	if (!(p = strrchr(buf, ')')))
		return 1;
	return p[1] == ' ' && (p[2] == 'S' || p[2] == 'D' || p[2] == 'Z');
}

/* Wait until no output came for `quiet` ms and the program sleeps, or
 * `cap` ms went by.  Returns 1 if it exited. */
static int
settle(struct child *c, int quiet, int cap)
{
	double end = now_ms() + cap;

	for (;;) {
		if (pump(c, 10))
			return 1;
		if (now_ms() - c->out.last >= quiet && asleep(c->pid))
			return 0;
		if (now_ms() >= end || stop_sig)
			return 0;
	}
}

/* What a program that did not exit is doing: its state and wait channel,
 * its stack (if gdb is there), and whether SIGTERM still ends it. */
static void
diagnose_hang(struct child *c, struct str *rep)
{
	char path[64], buf[512] = "", *p;
	FILE *fp;
	size_t n;

	snprintf(path, sizeof path, "/proc/%ld/stat", (long)c->pid);
	if ((fp = fopen(path, "r"))) {
		n = fread(buf, 1, sizeof buf - 1, fp);
		buf[n] = '\0';
		fclose(fp);
		if ((p = strrchr(buf, ')')) && p[1] == ' ')
			str_printf(rep, "  at the timeout: process state %c", p[2]);
		snprintf(path, sizeof path, "/proc/%ld/wchan", (long)c->pid);
		if ((fp = fopen(path, "r"))) {
			n = fread(buf, 1, sizeof buf - 1, fp);
			buf[n] = '\0';
			fclose(fp);
			str_printf(rep, ", waiting in %s", *buf && strcmp(buf, "0") ? buf : "-");
		}
		str_printf(rep, " (R: running, S: asleep)\n");
	}
	if (system("command -v gdb >/dev/null 2>&1") == 0) {
		char cmd[160];

		snprintf(cmd, sizeof cmd, "timeout 30 gdb -nx -batch -p %ld -ex 'bt 25' 2>/dev/null"
		    " | grep '^#'", (long)c->pid);
		if ((fp = popen(cmd, "r"))) {
			str_printf(rep, "  its stack (gdb):\n");
			while (fgets(buf, sizeof buf, fp))
				str_printf(rep, "    %s", buf);
			pclose(fp);
		}
	}
	kill(c->pid, SIGTERM);
	pump(c, 1000);
	if (c->exited)
		str_printf(rep, "  SIGTERM then ended it (%s %d)\n",
		    WIFEXITED(c->status) ? "exit status" : "signal",
		    WIFEXITED(c->status) ? WEXITSTATUS(c->status) : WTERMSIG(c->status));
	else
		str_printf(rep, "  SIGTERM did not end it within 1 s: killed with SIGKILL\n");
}

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb, (void)flag, (void)ftw;
	remove(path);
	return 0;
}

static int
termios_same(const struct termios *a, const struct termios *b, struct str *why)
{
	int same = 1;

	if (a->c_iflag != b->c_iflag)
		str_printf(why, "c_iflag %#lx -> %#lx; ", (unsigned long)a->c_iflag, (unsigned long)b->c_iflag), same = 0;
	if (a->c_oflag != b->c_oflag)
		str_printf(why, "c_oflag %#lx -> %#lx; ", (unsigned long)a->c_oflag, (unsigned long)b->c_oflag), same = 0;
	if (a->c_cflag != b->c_cflag)
		str_printf(why, "c_cflag %#lx -> %#lx; ", (unsigned long)a->c_cflag, (unsigned long)b->c_cflag), same = 0;
	if (a->c_lflag != b->c_lflag)
		str_printf(why, "c_lflag %#lx -> %#lx; ", (unsigned long)a->c_lflag, (unsigned long)b->c_lflag), same = 0;
	for (int i = 0; i < NCCS; i++)
		if (a->c_cc[i] != b->c_cc[i])
			str_printf(why, "c_cc[%d] %d -> %d; ", i, a->c_cc[i], b->c_cc[i]), same = 0;
	return same;
}

static int
accepted_status(int status)
{
	if (!WIFEXITED(status))
		return 0;
	if (WEXITSTATUS(status) == 0)
		return 1;
	if (opt.hangup && WEXITSTATUS(status) == 128 + SIGHUP)
		return 1;
	/* with --signals, the program may end as a caught signal says */
	return opt.signals && (WEXITSTATUS(status) == 128 + SIGINT || WEXITSTATUS(status) == 128 + SIGQUIT ||
	    WEXITSTATUS(status) == 128 + SIGTERM || WEXITSTATUS(status) == 128 + SIGHUP);
}

/* Do run `run` (its events in `l`); returns the F_* flags, and a report
 * for a failed run in `rep`. */
static int
do_run(int run, uint64_t seed, const struct evlist *l, const struct runcfg *cfg, struct str *rep)
{
	struct child c;
	struct termios before, after;
	struct winsize ws = { (unsigned short)cfg->rows, (unsigned short)cfg->cols, 0, 0 };
	char tmpl[PATH_MAX], *name;
	int go[2], ex[2], flags = 0, sent = 0, killed = 0, err = 0, lock = -1;
	const char *tmpdir = getenv("TMPDIR");
	double t0 = now_ms(), end, quit_at = 0;
	char sb[16];

	memset(&c, 0, sizeof c);
	c.out.last = now_ms();
	snprintf(tmpl, sizeof tmpl, "%s/monkey-xdg.XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
	if (!mkdtemp(tmpl))
		die("mkdtemp %s: %s", tmpl, strerror(errno));
	if (opt.lock_held) {
		char path[PATH_MAX + 16];

		snprintf(path, sizeof path, "%s/tekdip", tmpl);
		if (mkdir(path, 0700) < 0)
			die("mkdir %s: %s", path, strerror(errno));
		snprintf(path, sizeof path, "%s/tekdip/.lock", tmpl);
		if ((lock = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0600)) < 0 || flock(lock, LOCK_EX) < 0)
			die("lock %s: %s", path, strerror(errno));
	}
	if (pipe(go) < 0 || pipe(ex) < 0)
		die("pipe: %s", strerror(errno));
	fcntl(ex[1], F_SETFD, FD_CLOEXEC);
	c.pid = forkpty(&c.master, NULL, NULL, &ws);
	if (c.pid < 0)
		die("forkpty: %s", strerror(errno));
	if (c.pid == 0) {
		char byte;

		close(go[1]);
		close(ex[0]);
		/* wait until the parent has read the terminal modes */
		while (read(go[0], &byte, 1) < 0 && errno == EINTR)
			continue;
		close(go[0]);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		if (opt.hangup) {
			/* no controlling terminal: closing it sends no SIGHUP */
			signal(SIGHUP, SIG_IGN);
			ioctl(STDIN_FILENO, TIOCNOTTY);
			signal(SIGHUP, SIG_DFL);
		}
		if (opt.fsize >= 0) {
			struct rlimit rl = { (rlim_t)opt.fsize, (rlim_t)opt.fsize };

			setrlimit(RLIMIT_FSIZE, &rl);
		}
		setenv("TERM", opt.term, 1);
		setenv("LANG", opt.locale, 1);
		setenv("LC_ALL", opt.locale, 1);
		unsetenv("LANGUAGE");
		setenv("XDG_DATA_HOME", tmpl, 1);
		if (cfg->no_color)
			setenv("NO_COLOR", "1", 1);
		else
			unsetenv("NO_COLOR");
		execvp(opt.argv[0], opt.argv);
		err = errno;
		if (write(ex[1], &err, sizeof err) < 0)
			_exit(126);
		_exit(127);
	}
	close(go[0]);
	close(ex[1]);
	fcntl(c.master, F_SETFL, fcntl(c.master, F_GETFL) | O_NONBLOCK);
	fcntl(c.master, F_SETFD, FD_CLOEXEC);
	/* the slave's modes, as the program will find them */
	if (!(name = ptsname(c.master)) || (c.slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0)
		die("open the pty slave: %s", strerror(errno));
	if (tcgetattr(c.slave, &before) < 0)
		die("tcgetattr: %s", strerror(errno));
	if (write(go[1], "g", 1) != 1)
		die("cannot start the child: %s", strerror(errno));
	close(go[1]);
	if (read(ex[0], &err, sizeof err) == (ssize_t)sizeof err) {
		waitpid(c.pid, &c.status, 0);
		die("%s: %s", opt.argv[0], strerror(err));
	}
	close(ex[0]);

	/* unless typing ahead, wait for the program to leave canonical mode */
	if (!cfg->typeahead) {
		end = now_ms() + opt.timeout_ms * 2.0;
		for (;;) {
			struct termios t;

			if (pump(&c, 1) || stop_sig)
				break;
			if (tcgetattr(c.slave, &t) == 0 && !(t.c_lflag & ICANON))
				break;
			if (now_ms() > end)
				break;
		}
	}
	for (size_t i = 0; i < l->n && !c.exited && !stop_sig; i++) {
		const struct event *e = &l->v[i];

		if (e->delay && pump(&c, e->delay))
			break;
		switch (e->kind) {
		case EV_KEY:
			if (send_key(&c, e->bytes, e->len, opt.timeout_ms) < 0 && !c.exited) {
				str_printf(rep, "  the program stopped reading its input (event %zu)\n", i + 1);
				killed = 1;
			}
			break;
		case EV_RESIZE: set_size(&c, e->cols, e->rows, 1); break;
		case EV_WAIT: pump(&c, e->ms); break;
		case EV_SIGNAL: kill(c.pid, e->sig); break;
		}
		if (killed)
			break;
		sent = (int)i + 1;
		if (opt.settle_ms && e->kind != EV_WAIT)
			settle(&c, opt.settle_ms, opt.timeout_ms);
		reap(&c);
	}
	if (!c.exited && !killed && !stop_sig && opt.hangup) {
		/* the terminal goes away: the program must see it and exit */
		quit_at = now_ms();
		close(c.master);
		c.master = -1;
		pump(&c, opt.timeout_ms);
	} else if (!c.exited && !killed && !stop_sig) {
		/* Leave the search prompt with Esc, then quit at once with Q.
		 * Should both be swallowed (curses takes the input after a
		 * byte that is not UTF-8 as part of it, until get_wch times
		 * out, and the input after a cut-off mouse report as part of
		 * the report), say them again once the program is waiting
		 * for input; it must exit within the timeout all the same. */
		end = now_ms() + opt.timeout_ms;
		quit_at = now_ms();
		for (int tries = 0; !c.exited && !stop_sig && now_ms() < end; tries++) {
			if (tries == 1)
				flags |= F_REQUIT;
			if (send_key(&c, (const unsigned char *)"\x1b", 1, end - now_ms()) == 0 && !pump(&c, 50))
				send_key(&c, (const unsigned char *)"Q", 1, end - now_ms());
			do
				pump(&c, end - now_ms() < 300 ? end - now_ms() : 300);
			while (!c.exited && !stop_sig && now_ms() < end &&
			    (now_ms() - c.out.last < 300 || !asleep(c.pid)));
		}
	} else if (c.exited && (size_t)sent < l->n) {
		flags |= F_EARLY;
	}
	if (quit_at > 0 && c.exited)
		quit_ms = now_ms() - quit_at;
	if (!c.exited) {
		killed = 1;
		if (!stop_sig)
			diagnose_hang(&c, rep);
		if (!c.exited) {
			kill(c.pid, SIGKILL);
			waitpid(c.pid, &c.status, 0);
			c.exited = 1;
		}
		drain(&c);
	}
	if (stop_sig)
		flags |= F_INTERRUPTED;
	else if (killed)
		flags |= F_HANG;
	else if (c.out.found)
		flags |= F_SANITIZER;
	else if (!accepted_status(c.status))
		flags |= F_CRASH;
	/* a program killed by a signal cannot restore the terminal: only a
	 * program that exited is held to it */
	if (!killed && !opt.hangup && WIFEXITED(c.status) && tcgetattr(c.slave, &after) == 0) {
		struct str why = { 0 };

		if (!termios_same(&before, &after, &why)) {
			flags |= F_TERMIOS;
			str_printf(rep, "  terminal modes changed: %s\n", why.s);
		}
		free(why.s);
	}
	close(c.slave);
	if (c.master >= 0)
		close(c.master);
	if (lock >= 0)
		close(lock);
	nftw(tmpl, rm_entry, 16, FTW_DEPTH | FTW_PHYS);

	if (flags & (F_HANG | F_CRASH | F_SANITIZER | F_TERMIOS)) {
		struct str head = { 0 };

		str_printf(&head, "FAILED run %d (seed %" PRIu64 "):", run, seed);
		if (flags & F_HANG)
			str_printf(&head, " hang: no exit within %d ms of Esc Q, killed;", opt.timeout_ms);
		if (flags & F_SANITIZER)
			str_printf(&head, " sanitizer report;");
		if (flags & F_CRASH) {
			if (WIFSIGNALED(c.status))
				str_printf(&head, " crash: killed by %s%s;", signame(WTERMSIG(c.status), sb),
				    WCOREDUMP(c.status) ? " (core dumped)" : "");
			else
				str_printf(&head, " crash: exit status %d;", WEXITSTATUS(c.status));
		}
		if (flags & F_TERMIOS)
			str_printf(&head, " terminal modes not restored;");
		if (!(flags & F_HANG) && !(flags & F_CRASH)) {
			if (WIFSIGNALED(c.status))
				str_printf(&head, " (killed by %s)", signame(WTERMSIG(c.status), sb));
			else
				str_printf(&head, " (exit status %d)", WEXITSTATUS(c.status));
		}
		str_printf(&head, "\n  reproduce: %s --seed %" PRIu64 " --runs 1", progname, seed);
		if (opt.script)
			str_printf(&head, " --script %s", opt.script);
		else
			str_printf(&head, " --keys %d", opt.keys);
		if (opt.signals)
			str_printf(&head, " --signals");
		if (opt.lock_held)
			str_printf(&head, " --lock-held");
		if (opt.hangup)
			str_printf(&head, " --hangup");
		if (opt.fsize >= 0)
			str_printf(&head, " --fsize %ld", opt.fsize);
		if (strcmp(opt.locale, "C.UTF-8") != 0)
			str_printf(&head, " --locale %s", opt.locale);
		str_printf(&head, " --timeout-ms %d --", opt.timeout_ms);
		for (char **a = opt.argv; *a; a++)
			str_printf(&head, " %s", *a);
		str_printf(&head, "\n  start: %dx%d TERM=%s%s%s; %d of %zu events sent; %.0f ms; %zu bytes of output\n",
		    cfg->cols, cfg->rows, opt.term, cfg->no_color ? " NO_COLOR=1" : "",
		    cfg->typeahead ? " (typed ahead)" : "", sent, l->n, now_ms() - t0, c.out.total);
		str_add(&head, rep->s ? rep->s : "", rep->n);
		free(rep->s);
		*rep = head;
		str_printf(rep, "  events (script format; --script replays them):\n");
		for (size_t i = 0; i < l->n; i++) {
			str_printf(rep, "    %s", i < (size_t)sent ? "" : "(not sent) ");
			ev_format(rep, &l->v[i]);
			str_add(rep, "\n", 1);
		}
		if (c.out.found) {
			str_printf(rep, "  sanitizer output:\n");
			clean_text(rep, c.out.report.s, c.out.report.n, "    | ");
		} else {
			size_t n = c.out.total < TAIL ? c.out.total : TAIL;
			char *t = xrealloc(NULL, n);

			for (size_t i = 0; i < n; i++)
				t[i] = c.out.tail[(c.out.total - n + i) % TAIL];
			str_printf(rep, "  last output (escape sequences removed):\n");
			clean_text(rep, t, n, "    | ");
			free(t);
		}
	}
	free(c.out.report.s);
	return flags;
}

/* --- the runs --------------------------------------------------------- */

struct tally {
	long runs, ok, hangs, crashes, sanitizer, termios, early, requit;
};

static void
count(struct tally *t, int flags)
{
	if (flags & F_INTERRUPTED)
		return;
	t->runs++;
	t->hangs += !!(flags & F_HANG);
	t->crashes += !!(flags & F_CRASH);
	t->sanitizer += !!(flags & F_SANITIZER);
	t->termios += !!(flags & F_TERMIOS);
	t->early += !!(flags & F_EARLY);
	t->requit += !!(flags & F_REQUIT);
	t->ok += !(flags & (F_HANG | F_CRASH | F_SANITIZER | F_TERMIOS));
}

/* Run i: its own generator, its own events.  Returns the flags. */
static int
one_run(int i, struct str *rep)
{
	uint64_t seed = opt.seed + (uint64_t)i;
	struct evlist gen = { 0 };
	const struct evlist *l = &gen;
	struct runcfg cfg = { 80, 24, 0, 0 };
	int flags;

	rng = seed;
	if (opt.script) {
		l = &script_events;
		/* the script's keys, with the run's own random delays unless settling */
		for (size_t k = 0; k < script_events.n; k++)
			script_events.v[k].delay = opt.settle_ms ? 0 : rnd_range(0, 5);
	} else {
		random_events(&gen, opt.keys, opt.signals, &cfg);
	}
	if (opt.size_cols)
		cfg.cols = opt.size_cols, cfg.rows = opt.size_rows;
	if (opt.print) {
		str_printf(rep, "# run %d seed %" PRIu64 ": start %dx%d%s%s\n", i, seed, cfg.cols, cfg.rows,
		    cfg.no_color ? " NO_COLOR=1" : "", cfg.typeahead ? " (typed ahead)" : "");
		for (size_t k = 0; k < l->n; k++) {
			ev_format(rep, &l->v[k]);
			str_add(rep, "\n", 1);
		}
		flags = 0;
	} else {
		quit_ms = -1;
		flags = do_run(i, seed, l, &cfg, rep);
		if (opt.verbose)
			str_printf(rep, "run %d seed %" PRIu64 ": %dx%d quit=%.0fms%s%s%s%s%s%s%s%s\n", i, seed, cfg.cols, cfg.rows, quit_ms,
			    flags & (F_HANG | F_CRASH | F_SANITIZER | F_TERMIOS) ? " FAILED" : " ok",
			    flags & F_HANG ? " hang" : "", flags & F_CRASH ? " crash" : "",
			    flags & F_SANITIZER ? " sanitizer" : "", flags & F_TERMIOS ? " termios" : "",
			    flags & F_EARLY ? " early-exit" : "", flags & F_REQUIT ? " esc-q-twice" : "",
			    cfg.typeahead ? " typed-ahead" : "");
	}
	ev_free(&gen);
	return flags;
}

static int
write_all(int fd, const void *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p = (const char *)p + w, n -= (size_t)w;
	}
	return 0;
}

/* A worker's message: flags and the length of the report that follows. */
struct frame {
	int32_t flags;
	uint32_t len;
};

static void
worker(int w, int fd)
{
	for (int i = w; i < opt.runs && !stop_sig; i += opt.jobs) {
		struct str rep = { 0 };
		struct frame f;

		f.flags = one_run(i, &rep);
		f.len = (uint32_t)rep.n;
		if (write_all(fd, &f, sizeof f) < 0 || (rep.n && write_all(fd, rep.s, rep.n) < 0))
			_exit(3);
		free(rep.s);
	}
	_exit(0);
}

static void
run_jobs(struct tally *t)
{
	int nj = opt.jobs, alive = 0;
	pid_t *pids = xrealloc(NULL, (size_t)nj * sizeof *pids);
	struct pollfd *pfd = xrealloc(NULL, (size_t)nj * sizeof *pfd);
	struct str *buf = xrealloc(NULL, (size_t)nj * sizeof *buf);

	for (int w = 0; w < nj; w++) {
		int p[2];

		if (pipe(p) < 0)
			die("pipe: %s", strerror(errno));
		fflush(NULL);
		if ((pids[w] = fork()) < 0)
			die("fork: %s", strerror(errno));
		if (pids[w] == 0) {
			close(p[0]);
			fcntl(p[1], F_SETFD, FD_CLOEXEC);
			for (int k = 0; k < w; k++)
				close(pfd[k].fd);
			worker(w, p[1]);
		}
		close(p[1]);
		fcntl(p[0], F_SETFD, FD_CLOEXEC);
		pfd[w] = (struct pollfd){ p[0], POLLIN, 0 };
		memset(&buf[w], 0, sizeof buf[w]);
		alive++;
	}
	while (alive > 0) {
		if (poll(pfd, (nfds_t)nj, -1) < 0) {
			if (errno == EINTR) {
				for (int w = 0; w < nj; w++)
					kill(pids[w], stop_sig ? stop_sig : SIGTERM);
				continue;
			}
			die("poll: %s", strerror(errno));
		}
		for (int w = 0; w < nj; w++) {
			char chunk[65536];
			ssize_t n;

			if (pfd[w].fd < 0 || !(pfd[w].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			n = read(pfd[w].fd, chunk, sizeof chunk);
			if (n <= 0) {
				close(pfd[w].fd);
				pfd[w].fd = -1;
				alive--;
				continue;
			}
			str_add(&buf[w], chunk, (size_t)n);
			for (;;) {
				struct frame f;

				if (buf[w].n < sizeof f)
					break;
				memcpy(&f, buf[w].s, sizeof f);
				if (buf[w].n < sizeof f + f.len)
					break;
				count(t, f.flags);
				fwrite(buf[w].s + sizeof f, 1, f.len, stdout);
				fflush(stdout);
				buf[w].n -= sizeof f + f.len;
				memmove(buf[w].s, buf[w].s + sizeof f + f.len, buf[w].n);
			}
		}
	}
	for (int w = 0; w < nj; w++) {
		int st;

		waitpid(pids[w], &st, 0);
		if (!(WIFEXITED(st) && WEXITSTATUS(st) == 0) && !stop_sig)
			fprintf(stderr, "monkey: worker %d failed (status %#x)\n", w, st);
		free(buf[w].s);
	}
	free(pids);
	free(pfd);
	free(buf);
}

/* The first of the terminal types that terminfo knows. */
static const char *
pick_term(void)
{
	static const char *const terms[] = { "xterm-256color", "xterm", "screen" };

	for (size_t i = 0; i < sizeof terms / sizeof *terms; i++) {
		char cmd[128];

		snprintf(cmd, sizeof cmd, "infocmp %s >/dev/null 2>&1", terms[i]);
		if (system(cmd) == 0)
			return terms[i];
	}
	return NULL;
}

static void
usage(void)
{
	fputs("usage: monkey [--runs N] [--seed S] [--keys K] [--script FILE] [--timeout-ms T]\n"
	    "              [--jobs J] [--size COLSxROWS] [--settle-ms M] [--signals] [--term TERM]\n"
	    "              [--print] [--verbose] [--lock-held] [--hangup] [--fsize BYTES]\n"
	    "              [--locale L] -- PROGRAM ARGS...\n", stderr);
	exit(2);
}

static long
num(const char *s, long lo, long hi, const char *what)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || end == s || *end || n < lo || n > hi)
		die("%s wants a number from %ld to %ld, not `%s'", what, lo, hi, s);
	return n;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "runs", required_argument, NULL, 'r' }, { "seed", required_argument, NULL, 's' },
		{ "keys", required_argument, NULL, 'k' }, { "script", required_argument, NULL, 'S' },
		{ "timeout-ms", required_argument, NULL, 't' }, { "jobs", required_argument, NULL, 'j' },
		{ "size", required_argument, NULL, 'z' }, { "settle-ms", required_argument, NULL, 'q' },
		{ "signals", no_argument, NULL, 'i' }, { "print", no_argument, NULL, 'p' },
		{ "term", required_argument, NULL, 'T' }, { "help", no_argument, NULL, 'h' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "lock-held", no_argument, NULL, 'K' }, { "hangup", no_argument, NULL, 'H' },
		{ "fsize", required_argument, NULL, 'F' }, { "locale", required_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	struct tally t = { 0 };
	struct sigaction sa;
	double t0;
	int o, seeded = 0;

	progname = argv[0];

	while ((o = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		char *end;

		switch (o) {
		case 'r': opt.runs = (int)num(optarg, 0, INT_MAX, "--runs"); break;
		case 'k': opt.keys = (int)num(optarg, 0, 1000000, "--keys"); break;
		case 't': opt.timeout_ms = (int)num(optarg, 1, 3600000, "--timeout-ms"); break;
		case 'j': opt.jobs = (int)num(optarg, 1, 64, "--jobs"); break;
		case 'q': opt.settle_ms = (int)num(optarg, 0, 60000, "--settle-ms"); break;
		case 'S': opt.script = optarg; break;
		case 'T': opt.term = optarg; break;
		case 'i': opt.signals = 1; break;
		case 'p': opt.print = 1; break;
		case 'v': opt.verbose = 1; break;
		case 'K': opt.lock_held = 1; break;
		case 'H': opt.hangup = 1; break;
		case 'F': opt.fsize = num(optarg, 0, LONG_MAX, "--fsize"); break;
		case 'C': opt.locale = optarg; break;
		case 'z':
			if (parse_size(optarg, &opt.size_cols, &opt.size_rows) < 0)
				die("--size wants COLSxROWS, not `%s'", optarg);
			break;
		case 's':
			errno = 0;
			opt.seed = strtoull(optarg, &end, 0);
			if (errno || end == optarg || *end)
				die("--seed wants a number, not `%s'", optarg);
			seeded = 1;
			break;
		default: usage();
		}
	}
	if (optind >= argc && !opt.print)
		usage();
	opt.argv = argv + optind;
	if (!seeded)
		opt.seed = ((uint64_t)time(NULL) << 16 ^ (uint64_t)getpid()) & 0xffffffffffULL;
	if (opt.script) {
		load_script(opt.script, &script_events);
		if (!opt.size_cols)
			opt.size_cols = 80, opt.size_rows = 24;
	}
	if (opt.print) {
		for (int i = 0; i < opt.runs; i++) {
			struct str rep = { 0 };

			one_run(i, &rep);
			fwrite(rep.s, 1, rep.n, stdout);
			free(rep.s);
		}
		return 0;
	}
	if (!opt.term && !(opt.term = pick_term()))
		die("none of xterm-256color, xterm, screen is in the terminfo database");
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);

	t0 = now_ms();
	if (opt.jobs > 1 && opt.runs > 1) {
		run_jobs(&t);
	} else {
		for (int i = 0; i < opt.runs && !stop_sig; i++) {
			struct str rep = { 0 };

			count(&t, one_run(i, &rep));
			if (rep.n)
				fwrite(rep.s, 1, rep.n, stdout);
			free(rep.s);
		}
	}
	if (t.early)
		printf("note: %ld runs ended before their last key (q on the first view, or a signal)\n", t.early);
	if (t.requit)
		printf("note: %ld runs needed Esc Q said twice (the first went unheard: curses swallows the input that follows a byte that is not UTF-8, or a cut-off mouse report)\n", t.requit);
	printf("runs=%ld ok=%ld hangs=%ld crashes=%ld sanitizer=%ld termios=%ld seed=%" PRIu64 " elapsed=%.1fs\n",
	    t.runs, t.ok, t.hangs, t.crashes, t.sanitizer, t.termios, opt.seed, (now_ms() - t0) / 1e3);
	ev_free(&script_events);
	if (stop_sig)
		return 128 + stop_sig;
	return t.runs == opt.runs && t.ok == t.runs ? 0 : 1;
}
