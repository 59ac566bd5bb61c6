#!/bin/sh
# run-fuzzers.sh: runs each libFuzzer binary for a time budget over a copy of its corpus and keeps what it finds.
#
# usage: tests/fuzz/run-fuzzers.sh [BUDGET [BUILDDIR [TARGET...]]]
#
# BUDGET is seconds per target (default 120); BUILDDIR holds the fuzz-TARGET
# binaries, in BUILDDIR/tests/fuzz or BUILDDIR itself (default: the build
# tree of ./configure CC=clang --enable-fuzzing, the current directory).
# The seeds are this directory's corpus/TARGET and crashes/TARGET; the
# corpus is copied, so new inputs never land in the source tree.  Every
# finding (crash-*, leak-*, timeout-*, oom-*) is copied to crashes/TARGET/,
# where tests/fuzz/fuzz.test replays it from then on.  Exits 1 if there is
# any finding, 2 on a usage or setup error.  FUZZ_SEED (default 0: libFuzzer
# picks one) fixes the seed, so that a short run is the start of a longer one.
set -u
here=$(cd "$(dirname "$0")" && pwd) || exit 2
top=$(cd "$here/../.." && pwd) || exit 2
budget=${1:-120}
seed=${FUZZ_SEED:-0}
build=${2:-.}
if [ $# -gt 2 ]; then
	shift 2
	targets=$*
else
	targets="text query db state write tour"
fi
case $budget in *[!0-9]*|"") echo "run-fuzzers: BUDGET must be seconds" >&2; exit 2 ;; esac
case $seed in *[!0-9]*|"") echo "run-fuzzers: FUZZ_SEED must be a number" >&2; exit 2 ;; esac

work=$(mktemp -d "${TMPDIR:-/tmp}/tekdip-fuzz.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
found=0
printf '%-6s %12s %9s %6s %9s  %s\n' target execs exec/s units findings log

for target in $targets; do
	bin=
	for b in "$build/tests/fuzz/fuzz-$target" "$build/fuzz-$target"; do
		[ -x "$b" ] && { bin=$b; break; }
	done
	if [ -z "$bin" ]; then
		echo "run-fuzzers: no fuzz-$target in $build (configure CC=clang --enable-fuzzing)" >&2
		exit 2
	fi
	dir=$work/$target
	mkdir -p "$dir/corpus" "$dir/artifacts" "$dir/tmp"
	cp "$here/corpus/$target/"* "$dir/corpus/" 2>/dev/null
	set -- "$dir/corpus"
	[ -d "$here/crashes/$target" ] && set -- "$@" "$here/crashes/$target"
	log=$work/$target.log
	top_srcdir=$top TMPDIR=$dir/tmp "$bin" -max_total_time="$budget" -seed="$seed" \
	    -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix="$dir/artifacts/" "$@" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
	units=$(ls "$dir/corpus" | wc -l)
	n=0
	for f in "$dir/artifacts/"crash-* "$dir/artifacts/"leak-* \
	    "$dir/artifacts/"timeout-* "$dir/artifacts/"oom-*; do
		[ -f "$f" ] || continue
		n=$((n + 1))
		mkdir -p "$here/crashes/$target"
		[ -e "$here/crashes/$target/${f##*/}" ] || cp "$f" "$here/crashes/$target/"
		echo "  $target: ${f##*/} -> tests/fuzz/crashes/$target/" >&2
	done
	# libFuzzer exits non-zero on a finding; anything else is a broken run
	if [ "$n" -eq 0 ] && [ "$rc" -ne 0 ]; then
		echo "run-fuzzers: fuzz-$target exited $rc without a finding:" >&2
		tail -n 20 "$log" >&2
		n=1
	fi
	[ "$n" -gt 0 ] && { found=1; grep -E '^==[0-9]+==ERROR|^SUMMARY|^fuzz: ' "$log" >&2; }
	cp "$log" "${TMPDIR:-/tmp}/tekdip-fuzz-$target.log"
	printf '%-6s %12s %9s %6s %9s  %s\n' "$target" "${execs:-?}" "${rate:-?}" \
	    "$units" "$n" "${TMPDIR:-/tmp}/tekdip-fuzz-$target.log"
done
exit $found
