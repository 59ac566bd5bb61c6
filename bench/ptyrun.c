/* ptyrun.c: tekdip-ptyrun, run a program N times in an 80x24 pty (or on a pipe), type keys, time each run to its exit and take its peak RSS. */
#include "config.h"

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

#define MAX_CHUNKS 16

struct opts {
	int runs, cols, rows, delay_ms, timeout_ms, nopty, at_once, verbose;
	char *chunks[MAX_CHUNKS];
	size_t nchunks;
	char **argv;
};

struct run {
	double ms, cpu_ms;	/* wall time; the child's user + system time */
	long rss_kb;
	long faults;		/* minor + major page faults: memory touched */
	int status;
	int timed_out;
};

/* "\e" and "\033" for Esc, "\r", "\n", "\\": enough to type a session. */
static char *
unescape(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;

	while (*s) {
		if (*s != '\\' || !s[1]) {
			*o++ = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'e': *o++ = 27; s++; break;
		case 'r': *o++ = '\r'; s++; break;
		case 'n': *o++ = '\n'; s++; break;
		case '0': {
			int v = 0, k;

			for (k = 0; k < 4 && *s >= '0' && *s <= '7'; k++)
				v = v * 8 + (*s++ - '0');
			*o++ = (char)v;
			break;
		}
		default: *o++ = *s++; break;
		}
	}
	*o = '\0';
	return out;
}

static void
write_all(int fd, const char *s)
{
	size_t len = strlen(s);

	while (len > 0) {
		ssize_t n = write(fd, s, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return;	/* the child is gone: its exit tells the rest */
		s += n;
		len -= (size_t)n;
	}
}

/*
 * A command without a terminal (grep, sqlite3): input empty, output into a
 * pipe that run_once drains and drops.  Not /dev/null: GNU grep seeing its
 * output go there stops at the first match, and so would time nothing.
 */
static pid_t
spawn_plain(char **argv, int *out)
{
	int fds[2];
	pid_t pid;

	if (pipe2(fds, O_CLOEXEC) != 0)
		err(1, "pipe");
	if ((pid = fork()) == 0) {
		int null = open("/dev/null", O_RDONLY | O_CLOEXEC);

		if (null >= 0)
			dup2(null, 0);
		dup2(fds[1], 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	*out = fds[0];
	return pid;
}

/*
 * One run.  The clock starts before fork and stops when wait4 returns, so
 * it holds everything the reader waits for: exec, dynamic linking, start-up,
 * the first screen, reading the key, cleaning the screen up, exit.  The
 * first chunk of keys goes at the first byte of output (or at once), the
 * others `delay_ms` apart; output is read and dropped so the child never
 * blocks on a full pty.
 */
static void
run_once(const struct opts *o, struct run *r)
{
	struct winsize ws = { .ws_row = (unsigned short)o->rows, .ws_col = (unsigned short)o->cols };
	struct rusage ru;
	double t0 = now_ms(), next = 0;
	size_t sent = 0;
	int master = -1, got_output = 0, status = 0;
	pid_t pid, w;

	memset(r, 0, sizeof *r);
	if (o->nopty) {
		pid = spawn_plain(o->argv, &master);
	} else {
		pid = forkpty(&master, NULL, NULL, &ws);
		if (pid == 0) {
			execvp(o->argv[0], o->argv);
			_exit(127);
		}
	}
	if (pid < 0)
		err(1, "fork");
	for (;;) {
		double t = now_ms();
		struct pollfd pfd = { master, POLLIN, 0 };
		char buf[65536];

		if (!o->nopty && sent < o->nchunks && (got_output || o->at_once) && t >= next) {
			write_all(master, o->chunks[sent++]);
			next = t + o->delay_ms;
		}
		if (t - t0 > o->timeout_ms) {
			kill(pid, SIGKILL);
			r->timed_out = 1;
			break;
		}
		if (poll(&pfd, 1, 20) > 0) {
			ssize_t n = read(master, buf, sizeof buf);

			if (n > 0) {
				got_output = 1;
				continue;
			}
			if (n < 0 && errno == EINTR)
				continue;
			break;	/* EOF, or EIO: every holder of the slave side has gone */
		}
		/* no output for a while: it may have exited with the slave still held */
		if ((w = wait4(pid, &status, WNOHANG, &ru)) == pid)
			goto reaped;
	}
	while ((w = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR)
		continue;
reaped:
	r->ms = now_ms() - t0;
	r->rss_kb = ru.ru_maxrss;
	r->faults = ru.ru_minflt + ru.ru_majflt;
	r->cpu_ms = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	r->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	if (master >= 0)
		close(master);
}

static void __attribute__((noreturn))
usage(void)
{
	fputs("usage: tekdip-ptyrun [-Piv] [-n runs] [-c cols] [-l lines] [-k keys]... "
	    "[-d ms] [-t seconds] -- command [arg...]\n", stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	struct opts o = { .runs = 30, .cols = 80, .rows = 24, .delay_ms = 100, .timeout_ms = 20000 };
	double *ms, *cpu, min = 0;
	long rss = 0, faults = 0;
	int ch, failed = 0, nonzero = 0, status = 0;

	while ((ch = getopt(argc, argv, "Pic:d:k:l:n:t:v")) != -1) {
		switch (ch) {
		case 'P': o.nopty = 1; break;
		case 'i': o.at_once = 1; break;
		case 'c': o.cols = (int)number(optarg, 2, 1000, "-c"); break;
		case 'l': o.rows = (int)number(optarg, 2, 1000, "-l"); break;
		case 'd': o.delay_ms = (int)number(optarg, 0, 600000, "-d"); break;
		case 'n': o.runs = (int)number(optarg, 1, 1000000, "-n"); break;
		case 't': o.timeout_ms = (int)number(optarg, 1, 86400, "-t") * 1000; break;
		case 'v': o.verbose = 1; break;
		case 'k':
			if (o.nchunks == MAX_CHUNKS)
				usage();
			o.chunks[o.nchunks++] = unescape(optarg);
			break;
		default: usage();
		}
	}
	if (optind >= argc)
		usage();
	if (o.nchunks == 0 && !o.nopty)
		o.chunks[o.nchunks++] = unescape("q");
	o.argv = argv + optind;
	ms = xreallocarray(NULL, (size_t)o.runs, sizeof *ms);
	cpu = xreallocarray(NULL, (size_t)o.runs, sizeof *cpu);
	for (int i = 0; i < o.runs; i++) {
		struct run r;

		run_once(&o, &r);
		ms[i] = r.ms;
		cpu[i] = r.cpu_ms;
		min = i == 0 || r.ms < min ? r.ms : min;
		rss = r.rss_kb > rss ? r.rss_kb : rss;
		faults += r.faults;
		failed += r.timed_out || r.status == 127;
		nonzero += r.status != 0;
		status = r.status;
		if (o.verbose)
			fprintf(stderr, "  run %2d: %8.3f ms (cpu %7.3f)  %6ld KB  %5ld faults  status %d%s\n",
			    i + 1, r.ms, r.cpu_ms, r.rss_kb, r.faults, r.status,
			    r.timed_out ? " (timed out)" : "");
	}
	printf("wall_med %.3f\n", quantile(ms, (size_t)o.runs, 0.5));
	printf("wall_p99 %.3f\n", quantile(ms, (size_t)o.runs, 0.99));
	printf("wall_min %.3f\n", min);
	printf("cpu_med %.3f\n", quantile(cpu, (size_t)o.runs, 0.5));
	printf("cpu_p99 %.3f\n", quantile(cpu, (size_t)o.runs, 0.99));
	printf("rss_kb %ld\n", rss);
	printf("faults_mean %ld\n", faults / o.runs);
	printf("runs %d\n", o.runs);
	printf("failed %d\n", failed);
	printf("nonzero %d\n", nonzero);
	printf("status %d\n", status);
	free(ms);
	free(cpu);
	return failed ? 1 : 0;
}
