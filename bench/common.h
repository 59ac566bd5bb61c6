/* common.h: what tekdip-gen, tekdip-bench and tekdip-ptyrun share: allocation that cannot fail, numbers from the command line, clocks, reading a file whole, quantiles. */
#ifndef TEKDIP_BENCH_COMMON_H
#define TEKDIP_BENCH_COMMON_H

#include <stddef.h>
#include <time.h>

/*
 * Each of these ends the program (errx: "PROGRAM: message", status 1) on
 * failure: the benchmark's programs are one-shot, and a number measured
 * after a failed allocation or read would be a wrong number.
 */
void *xreallocarray(void *p, size_t n, size_t size);
void *xmalloc(size_t n);
/* `s` as a whole decimal number from lo to hi, else the end, naming `what`. */
long long number(const char *s, long long lo, long long hi, const char *what);
/* The whole file, NUL-terminated; its length in *len. */
char *slurp(const char *path, size_t *len);

/* Milliseconds on `clock`.  Wall time and this thread's CPU time side by
 * side tell load from work: CPU time does not grow when other processes
 * share the machine. */
double clock_ms(clockid_t clock);
#define now_ms() clock_ms(CLOCK_MONOTONIC)
#define cpu_ms() clock_ms(CLOCK_THREAD_CPUTIME_ID)

/* The q-quantile of v[0..n) by nearest rank (p99 of 950 samples is the
 * 941st), sorting v in place; 0 when n is 0. run.sh ranks the same way. */
double quantile(double *v, size_t n, double q);

#endif
