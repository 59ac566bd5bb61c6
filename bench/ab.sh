#!/bin/sh
# ab.sh: an interleaved A/B of two builds of the browser opening and quitting a database in the pty, as make bench times them.
#
# usage: bench/ab.sh [-n RUNS] [-p PTYRUN] PROGRAM_A PROGRAM_B DB [ARG...]
# Runs A and B RUNS times each (default 100), in the order A B B A A B ...,
# so that a change of load, or being second, hits both alike; prints each
# one's median wall and CPU time and the median of the paired differences
# (A minus B, in ms): what B saves over A when positive.  Each run is
# `PROGRAM --db DB ARG...`, q typed at its first output: the browser opens
# and quits, or a command such as --search runs.
# Exit status: 0, or 2 on error.

set -eu

runs=100
ptyrun=${PTYRUN:-bench/tekdip-ptyrun}
while getopts n:p: o; do
	case $o in
	n) runs=$OPTARG ;;
	p) ptyrun=$OPTARG ;;
	*) echo "usage: bench/ab.sh [-n RUNS] [-p PTYRUN] PROGRAM_A PROGRAM_B DB [ARG...]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 3 ] || { echo "usage: bench/ab.sh [-n RUNS] [-p PTYRUN] PROGRAM_A PROGRAM_B DB [ARG...]" >&2; exit 2; }
a=$1 b=$2 db=$3
shift 3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tekdip-ab.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
# the environment make bench gives every child
mkdir -p "$tmp/home" "$tmp/xdg"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/xdg" XDG_CONFIG_HOME="$tmp/home"
export TERM=xterm-256color LC_ALL=C.UTF-8
unset TEKDIP_DB TEKDIP_LOCALEDIR LANGUAGE || true
# each run from a copy written whole, as make bench runs its programs
# (bench/run.sh says why): a build the linker has just written would
# lose to the same bytes copied
mkdir -p "$tmp/a" "$tmp/b"
cat "$a" > "$tmp/a/${a##*/}" && cat "$b" > "$tmp/b/${b##*/}" &&
    chmod +x "$tmp/a/${a##*/}" "$tmp/b/${b##*/}" || exit 2

once() {	# which program arg... (the program's copy runs)
	w=$1 p=$2
	shift 2
	"$ptyrun" -n 1 -- "$tmp/$w/${p##*/}" --db "$db" "$@" > "$tmp/one" 2>&1 ||
	    { echo "bench/ab.sh: $p did not exit after q" >&2; exit 2; }
	awk -v f="$tmp/$w" '$1 == "wall_med" { print $2 >> (f ".wall") }
	    $1 == "cpu_med" { print $2 >> (f ".cpu") }' "$tmp/one"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
i=0
while [ $i -lt "$runs" ]; do
	if [ $((i % 2)) = 0 ]; then
		once a "$a" "$@"
		once b "$b" "$@"
	else
		once b "$b" "$@"
		once a "$a" "$@"
	fi
	i=$((i + 1))
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

med() {	# file -> median (nearest rank)
	sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%.3f", v[int(0.5 * NR + 0.999999)] }'
}
paste "$tmp/a.wall" "$tmp/b.wall" | awk '{ print $1 - $2 }' > "$tmp/diff"
echo "runs $runs each, interleaved; load at start $load_start, at end $load_end"
echo "A $a: wall median $(med "$tmp/a.wall") ms, cpu median $(med "$tmp/a.cpu") ms"
echo "B $b: wall median $(med "$tmp/b.wall") ms, cpu median $(med "$tmp/b.cpu") ms"
echo "A - B: median of paired differences $(med "$tmp/diff") ms"
