#!/bin/sh
# run.sh: `make bench`: time tekdip against less, info, sqlite3 and grep on the bundled and synthetic databases, write bench/results.md.
#
# usage: bench/run.sh [BUILDDIR [SRCDIR]]   (make bench builds the programs first)
# BENCH_SIZES (default "1000 10000 100000"), BENCH_SEED (1), BENCH_RUNS (30
# process runs), BENCH_OPEN_RUNS (100 open-and-quit runs of tekdip, less and
# the floors; info's are BENCH_RUNS), BENCH_REPEAT (50 in-process repeats)
# change what is run.
# Exit status: 0 when every target is met, 1 when one is missed, 2 on error.

set -eu

builddir=$(cd "${1:-.}" && pwd)
srcdir=$(cd "${2:-.}" && pwd)
bench=$builddir/bench
out=$bench/out
results=$bench/results.md
sizes=${BENCH_SIZES:-"1000 10000 100000"}
seed=${BENCH_SEED:-1}
runs=${BENCH_RUNS:-30}
open_runs=${BENCH_OPEN_RUNS:-100}
repeat=${BENCH_REPEAT:-50}
query="teknologi diplomasi"
# The query store.c runs for it, without tekdip's tiers, counts or snippets:
# each word a quoted prefix. The words are already folded (lowercase ASCII).
match=$(printf '%s\n' $query | awk '{ printf "%s\"%s\"*", (NR > 1 ? " " : ""), $0 }')
sql="SELECT rowid FROM search WHERE search MATCH '$match' ORDER BY rank LIMIT 20;"

gen=$bench/tekdip-gen
tbench=$bench/tekdip-bench
ptyrun=$bench/tekdip-ptyrun
floor=$bench/tekdip-floor
tekdip=$builddir/tekdip

die() {
	echo "bench/run.sh: $*" >&2
	exit 2
}

for f in "$tekdip" "$gen" "$tbench" "$ptyrun" "$floor"; do
	[ -x "$f" ] || die "$f: not built (run make bench)"
done
[ -f "$builddir/tekdip.db" ] || die "$builddir/tekdip.db: not built (run make bench)"
# Each program by its full path, as tekdip is run: execvp would otherwise
# try every directory of PATH before it (ten failed execs here, for less).
less=$(command -v less) || die "less: not installed (see build-aux/debian-deps)"
grep=$(command -v grep) || die "grep: not installed (see build-aux/debian-deps)"
info=$(command -v info) || info=
sqlite3=$(command -v sqlite3) || sqlite3=
mkdir -p "$out"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tekdip-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

# Every child sees the same terminal and none of the reader's settings: a
# bare HOME (no ~/.sqliterc, ~/.lesskey or infokey), no less options or
# input filter, no history files, an empty tekdip state directory
# (nothing is saved by opening and quitting).
mkdir -p "$tmp/home" "$tmp/xdg"

# The programs timed run from copies written whole, as an installed
# program is (install(1), dpkg; less and info are): the file the linker
# has just written sits in the page cache as the linker wrote it,
# piecemeal, and each exec of it costs more than of the same bytes
# written at once, until the cache is dropped (NEWS).
mkdir -p "$tmp/bin"
installed() {	# program -> the path of its copy
	cat "$1" > "$tmp/bin/${1##*/}" && chmod +x "$tmp/bin/${1##*/}" || die "$1: cannot copy"
	echo "$tmp/bin/${1##*/}"
}
tekdip=$(installed "$tekdip") || exit 2
floor=$(installed "$floor") || exit 2
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/xdg" XDG_CONFIG_HOME="$tmp/home"
export TERM=xterm-256color LC_ALL=C.UTF-8 LESSHISTFILE=-
unset LESS LESSOPEN LESSCLOSE LESSKEY INFOPATH INFO_PRINT_COMMAND LANGUAGE \
    TEKDIP_DB TEKDIP_LOCALEDIR SQLITE_HISTORY || true

# The comparisons that may be missing: measured when installed, "absent"
# in the tables otherwise (build-aux/debian-deps installs both).
have_info=0 have_sqlite3=0
if [ -n "$info" ]; then have_info=1; fi
if [ -n "$sqlite3" ]; then have_sqlite3=1; fi
have_valgrind=0
if command -v valgrind > /dev/null 2>&1; then have_valgrind=1; fi

load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the databases --------------------------------------------------------

# The data sources in a fixed order: their size is the bundled database's
# "text", their checksum part of the synthetic databases' cache key.
find "$srcdir/data" -type f | LC_ALL=C sort > "$tmp/sources"
textsize=$(while read -r f; do cat "$f"; done < "$tmp/sources" | wc -c)
datasum=$(while read -r f; do cat "$f"; done < "$tmp/sources" | cksum | cut -d' ' -f1)

# A one-node Info file holding a dump, for `info -f`: the node, then the
# tag table pointing at it (offset 0, the node's \037).  The dump's own
# \037 and \177 would end the node early; neither is ever inside UTF-8.
mkinfo() {	# dump info
	[ "$2" -nt "$1" ] && return 0
	{
		printf '\037\nFile: %s,  Node: Top,  Up: (dir)\n\n' "$(basename "$2" .info)"
		tr -d '\037\177' < "$1"
		printf '\n\037\nTag Table:\nNode: Top\1770\n\037\nEnd Tag Table\n'
	} > "$2.tmp" && mv -f "$2.tmp" "$2"
}

# label db dump textsize gentime, one line per database
: > "$tmp/dbs"

dump=$out/bundled.txt
"$tekdip" --db "$builddir/tekdip.db" --export all > "$dump" || die "tekdip --export all failed"
echo "bundled $builddir/tekdip.db $dump $textsize -" >> "$tmp/dbs"

# A cached database is rebuilt when anything that shaped it changed: the
# generator (its binary holds the builder from src/), the data it draws
# words and labels from, the size or the seed.
genkey="$("$gen" --version) $(cksum < "$gen" | cut -d' ' -f1) data=$datasum"
for n in $sizes; do
	db=$out/synth-$n.db
	txt=$out/synth-$n.txt
	stamp=$out/synth-$n.stamp
	want="$genkey concepts=$n seed=$seed"
	if [ -f "$db" ] && [ -f "$txt" ] && [ -f "$stamp" ] && [ "$(sed -n 1p "$stamp")" = "$want" ]; then
		echo "bench/run.sh: $db: cached ($want)" >&2
	else
		echo "bench/run.sh: building $db ($want)" >&2
		rm -f "$stamp"
		"$gen" --concepts "$n" --seed "$seed" --schema "$srcdir/data/schema.sql" \
		    --data "$srcdir/data" -o "$db" --text "$txt" 2> "$out/synth-$n.log" ||
		    { cat "$out/synth-$n.log" >&2; die "tekdip-gen failed"; }
		cat "$out/synth-$n.log" >&2
		# the build time goes with the cache: a cached run still reports it
		gentime=$(sed -n 's/.*generated in \([0-9.]*\) s, written in \([0-9.]*\) s.*/\1 \2/p' \
		    "$out/synth-$n.log" | awk '{ printf "%.1f", $1 + $2 }')
		printf '%s\n%s\n' "$want" "$gentime" > "$stamp"
	fi
	echo "synth-$n $db $txt $(wc -c < "$txt") $(sed -n 2p "$stamp")" >> "$tmp/dbs"
done

# --- measuring ------------------------------------------------------------

# A database just built leaves hundreds of MB of dirty pages, which the
# kernel would write back while the first runs (the bundled reference's)
# are timed: write them now.
sync

# median and p99 (nearest rank, as tekdip-bench and tekdip-ptyrun) of a
# column of numbers, and the maximum
stats() {	# file -> "med p99 max"
	sort -n "$1" | awk '{ v[NR] = $1 } END {
		if (NR == 0) { print "- - -"; exit }
		m = int(0.5 * NR + 0.999999); p = int(0.99 * NR + 0.999999)
		printf "%.2f %.2f %.2f\n", v[m], v[p], v[NR] }'
}

# One run of a command in the pty, appending wall, cpu, rss and faults.
pty_once() {	# prefix command...
	p=$1
	shift
	"$ptyrun" -n 1 -- "$@" > "$tmp/one" 2>&1 || die "$* did not exit after q"
	awk -v p="$p" '$1 == "wall_med" { print $2 >> (p ".wall") }
		$1 == "cpu_med" { print $2 >> (p ".cpu") }
		$1 == "rss_kb" { print $2 >> (p ".rss") }
		$1 == "faults_mean" { print $2 >> (p ".faults") }' "$tmp/one"
}

# A command without a terminal, $runs times: its wall time, RSS, status.
plain() {	# outfile command...
	f=$1
	shift
	"$ptyrun" -P -n "$runs" -- "$@" > "$f" || die "$*: failed or timed out"
}

while read -r label db txt textsize gentime; do
	echo "bench/run.sh: measuring $label" >&2
	d=$tmp/$label
	infofile=$out/$label.info
	if [ $have_info = 1 ]; then mkinfo "$txt" "$infofile"; fi
	for prog in tekdip less info floor floordb; do
		for what in wall cpu rss faults; do
			: > "$d.$prog.$what"
		done
	done
	# interleaved, so a change of load on the machine hits all alike; the
	# ratios against less are of medians over many runs, as one run here
	# can take twice another (info takes seconds at 100k: fewer of it)
	i=0
	while [ $i -lt "$open_runs" ] || [ $i -lt "$runs" ]; do
		pty_once "$d.tekdip" "$tekdip" --db "$db"
		pty_once "$d.less" "$less" "$txt"
		pty_once "$d.floor" "$floor"
		pty_once "$d.floordb" "$floor" "$db"
		if [ $have_info = 1 ] && [ $i -lt "$runs" ]; then
			pty_once "$d.info" "$info" -f "$infofile"
		fi
		i=$((i + 1))
	done
	# tekdip's peak while searching: open, type the query, Esc, quit
	"$ptyrun" -n 3 -d 300 -t 120 -k / -k "$query" -k '\e' -k Q -- \
	    "$tekdip" --db "$db" > "$d.session" || die "$label: search session failed"
	plain "$d.grep" "$grep" -i -c "$query" "$txt"
	if [ $have_sqlite3 = 1 ]; then
		plain "$d.sqlite3" "$sqlite3" -readonly -init /dev/null "$db" "$sql"
		[ "$(awk '$1 == "nonzero" { print $2 }' "$d.sqlite3")" = 0 ] ||
		    die "$label: sqlite3 $sql failed"
	else
		: > "$d.sqlite3"
	fi
	"$tbench" --repeat "$repeat" --query "$query" --text "$txt" "$db" > "$d.bench" ||
	    die "$label: tekdip-bench failed"
	cp "$d.bench" "$out/$label.bench"
	echo "$label $db $txt $textsize $gentime" > "$d.meta"
done < "$tmp/dbs"

# What one open-and-quit of the bundled reference touches, counted by
# cachegrind: the same on every run and every load, where the clock is
# not.  Its simulated caches start empty, and a last-level cache of 32 MB
# loses nothing, so its misses are the distinct 64-byte lines of code and
# data a cold start has to fetch.
footprint() {	# outfile command...
	f=$1
	shift
	"$ptyrun" -n 1 -t 120 -- valgrind -q --tool=cachegrind --cache-sim=yes \
	    --I1=32768,8,64 --D1=32768,8,64 --LL=33554432,16,64 \
	    --cachegrind-out-file="$f.cg" "$@" > /dev/null 2>&1 || die "cachegrind of $* failed"
	awk '$1 == "events:" { for (i = 2; i <= NF; i++) name[i] = $i }
	    $1 == "summary:" { for (i = 2; i <= NF; i++) v[name[i]] = $i
	        printf "%s %s %s\n", v["Ir"], v["ILmr"], v["DLmr"] + v["DLmw"] }' "$f.cg" > "$f"
	[ -s "$f" ] || die "cachegrind of $* wrote no summary"
}
if [ $have_valgrind = 1 ]; then
	echo "bench/run.sh: counting what open+quit touches (cachegrind)" >&2
	footprint "$tmp/fp.tekdip" "$tekdip" --db "$builddir/tekdip.db"
	footprint "$tmp/fp.floor" "$floor"
	footprint "$tmp/fp.floordb" "$floor" "$builddir/tekdip.db"
	footprint "$tmp/fp.less" "$less" "$dump"
fi

load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the numbers, once per database -----------------------------------------

# key=value pairs of a "name value" file, as shell assignments: PREFIXname="value"
vars() {	# prefix file
	awk -v p="$1" '$1 ~ /^[A-Za-z0-9_]+$/ && NF == 2 { printf "%s%s=\"%s\"\n", p, $1, $2 }' "$2"
}

# Everything the tables and the targets use, in $tmp/LABEL.vars:
# b_ tekdip-bench, s_ the search session, g_ grep, q_ the sqlite3 shell,
# and PROG_wall_med/_p99, PROG_cpu_med, PROG_faults_med, PROG_rss_kb (the
# largest) of the open-and-quit runs.
while read -r l rest; do
	{
		vars b_ "$tmp/$l.bench"
		vars s_ "$tmp/$l.session"
		vars g_ "$tmp/$l.grep"
		vars q_ "$tmp/$l.sqlite3"
		for prog in tekdip less info floor floordb; do
			set -- $(stats "$tmp/$l.$prog.wall")
			echo "${prog}_wall_med=$1 ${prog}_wall_p99=$2"
			set -- $(stats "$tmp/$l.$prog.cpu")
			echo "${prog}_cpu_med=$1"
			set -- $(stats "$tmp/$l.$prog.faults")
			echo "${prog}_faults_med=${1%.00}"
			set -- $(stats "$tmp/$l.$prog.rss")
			echo "${prog}_rss_kb=$3"
		done
		awk '$1 == "key_worst_prefix" || $1 == "typo" { k = $1; $1 = ""; sub(/^ /, "")
		    printf "%s=\"%s\"\n", k, $0 }' "$tmp/$l.bench"
	} > "$tmp/$l.vars"
done < "$tmp/dbs"

# --- the report -------------------------------------------------------------

mb() {	# kilobytes -> megabytes
	awk -v k="$1" 'BEGIN { if (k == "-" || k == "") print "-"; else printf "%.1f", k / 1024 }'
}
size_mb() {	# bytes -> megabytes
	awk -v b="$1" 'BEGIN { printf "%.2f", b / 1048576 }'
}
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (a != "-" && b + 0 > 0) printf "%.2f", a / b; else print "-" }'
}
le() {	# value limit -> "yes" or "**NO**"
	awk -v v="$1" -v l="$2" 'BEGIN { print (v != "-" && v != "" && v + 0 <= l + 0) ? "yes" : "**NO**" }'
}
absent() {	# installed(0/1) value -> the value, or "absent"
	if [ "$1" = 1 ]; then echo "$2"; else echo absent; fi
}
version() {	# command -> its version line, or "not installed"
	if command -v "$1" > /dev/null 2>&1; then
		"$1" --version 2>/dev/null | head -n 1
	else
		echo "not installed"
	fi
}

labels=$(awk '{ print $1 }' "$tmp/dbs")
fail=0
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
# (a tarball unpacked inside some other checkout is not one)
if [ "$(git -C "$srcdir" rev-parse --show-toplevel 2>/dev/null)" = "$srcdir" ] &&
    rev=$(git -C "$srcdir" rev-parse --short HEAD 2>/dev/null); then
	rev="git $rev"
	if [ -n "$(git -C "$srcdir" status --porcelain -- src data 2>/dev/null)" ]; then
		rev="$rev, with uncommitted changes to src/ or data/"
	fi
else
	rev="not a git checkout"
fi

# how the browser was linked: a static one runs no dynamic loader
linkage() {
	if ! command -v readelf >/dev/null 2>&1; then
		echo "linkage unknown"
	elif readelf -l "$tekdip" 2>/dev/null | grep -q 'program interpreter'; then
		echo "linked to the shared libc"
	else
		echo "one static executable"
	fi
}

{
	echo "# tekdip benchmark"
	echo
	echo "Produced by \`make bench\` (bench/run.sh): every number below comes from the"
	echo "one run described here. The raw in-process numbers of each database are in"
	echo "bench/out/LABEL.bench. Times in ms; medians and p99 by nearest rank."
	echo
	echo "- machine: \`$(uname -srvm)\`"
	echo "- CPU: ${cpu_model:-unknown}, $(nproc) online; memory: $mem"
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average (1, 5, 15 min) at start $load_start, at end $load_end"
	echo "- $("$tekdip" --version | head -n 1) ($rev), $(linkage); SQLite $(awk '$1 == "sqlite_version" { print $2 }' "$tmp/bundled.bench") linked"
	echo "- compared: $(version less); $(version info); $(version grep); sqlite3 shell $(absent $have_sqlite3 "$(sqlite3 --version 2>/dev/null | cut -d' ' -f1)")"
	echo "- synthetic seed $seed; $open_runs open-and-quit runs of tekdip, less and the floors, $runs of info and of each other process, $repeat in-process repeats (fewer when one measurement passes 60 s)"
	echo

	echo "## Sizes"
	echo
	echo "| database | concepts | links | DB MB | text MB | DB/text | build s |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	for l in $labels; do
		read -r label db txt textsize gentime < "$tmp/$l.meta"
		. "$tmp/$l.vars"
		dbsize=$(wc -c < "$db")
		echo "| $l | $b_concepts | $b_links | $(size_mb "$dbsize") | $(size_mb "$textsize") | $(ratio "$dbsize" "$textsize") | $gentime |"
	done
	echo
	echo "Text: for \`bundled\`, every file under data/ (what tekdip-mkdb compiles the"
	echo "database from); for the synthetic ones, the text dump tekdip-gen writes alongside."
	echo "Build s: tekdip-gen's time to make the database (kept with the cached file)."
	echo

	echo "## Open and quit (real binary, 80x24 pty, q typed at the first output)"
	echo
	echo "| database | tekdip med | tekdip p99 | less med | less p99 | info med | info p99 | tekdip/less | tekdip/info | tekdip CPU | less CPU | info CPU | tekdip faults | less faults | floor med | floor/less | floor+SQLite med | floor+SQLite/less |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	for l in $labels; do
		. "$tmp/$l.vars"
		echo "| $l | $tekdip_wall_med | $tekdip_wall_p99 | $less_wall_med | $less_wall_p99 |" \
		    "$(absent $have_info "$info_wall_med") | $(absent $have_info "$info_wall_p99") |" \
		    "$(ratio "$tekdip_wall_med" "$less_wall_med") | $(absent $have_info "$(ratio "$tekdip_wall_med" "$info_wall_med")") |" \
		    "$tekdip_cpu_med | $less_cpu_med | $(absent $have_info "$info_cpu_med") | $tekdip_faults_med | $less_faults_med |" \
		    "$floor_wall_med | $(ratio "$floor_wall_med" "$less_wall_med") |" \
		    "$floordb_wall_med | $(ratio "$floordb_wall_med" "$less_wall_med") |"
	done
	echo
	echo "Wall time from fork to exit, as the reader waits for it: exec, start-up, the"
	echo "first screen, reading q, restoring the terminal. \`tekdip --db DB\`, \`less DUMP\`"
	echo "and \`info -f DUMP.info\` (the dump as one Info node) alternate run by run."
	echo "Ratios are of medians. CPU: the child's user + system time; faults: its page"
	echo "faults (memory it touched, each one costly on a virtual machine). The dump of"
	echo "\`bundled\` is \`tekdip --export all\`; of the synthetic ones, tekdip-gen's."
	echo "tekdip and the floors run from copies written whole, as installed programs"
	echo "(less, info) are: not from the files the linker wrote (NEWS)."
	echo "Floor: bench/tekdip-floor, linked as tekdip is, sets the terminal up as tekdip"
	echo "does, paints a screen of text and quits on q, with no database: what curses"
	echo "alone costs; tekdip's own work is the difference between the two."
	echo "Floor+SQLite: \`tekdip-floor DB\`, the same after opening DB read-only and"
	echo "reading one number from it (\`SELECT count(*) FROM kind\`, which loads the"
	echo "schema): the least a first screen drawn from SQLite costs."
	echo

	echo "## Search per keystroke (\`$query\`, typed one letter at a time)"
	echo
	echo "| database | keystroke med | keystroke p99 | p99 CPU | worst prefix (mean) | misspelt keystroke med / p99 | suggestion med / p99 | terms | store_search med / p99 | plain FTS5 in-process med / p99 | sqlite3 shell med / p99 | text scan med / p99 | grep -i process med / p99 |"
	echo "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
	for l in $labels; do
		. "$tmp/$l.vars"
		echo "| $l | $b_key_med | $b_key_p99 | $b_keycpu_p99 | \`$key_worst_prefix\` ($b_key_worst_ms) |" \
		    "$b_keytypo_med / $b_keytypo_p99 | $b_suggest_med / $b_suggest_p99 | $b_terms |" \
		    "$b_search_med / $b_search_p99 | $b_sql_med / $b_sql_p99 |" \
		    "$(absent $have_sqlite3 "${q_wall_med:-} / ${q_wall_p99:-}") | $b_text_med / $b_text_p99 | $g_wall_med / $g_wall_p99 |"
	done
	echo
	echo "Keystroke: in-process (tekdip-bench), what browser_key() does for one letter"
	echo "with the search prompt open: the results page (view_search, which runs"
	echo "store_search for 50 results) and the preview of the first result when it"
	echo "changed; drawing to the terminal is not counted. Every prefix of every repeat"
	echo "is a sample. Misspelt: the same for \`$typo\` (two letters of each word"
	echo "swapped), whose every prefix past a swap is corrected to the nearest term as"
	echo "it is typed. Suggestion: each misspelt word searched alone for a page"
	echo "(store_search_ex), which reads the term table (terms: its rows) for the"
	echo "nearest word; the suggestion must be the word before the typo."
	echo "store_search: that call alone, per prefix."
	echo "Plain FTS5 in-process: \`SELECT rowid FROM search WHERE search MATCH ? ORDER BY"
	echo "rank LIMIT 20\` per prefix on a bare connection: the floor for store.c."
	echo "sqlite3 shell: a process per run, \`sqlite3 -readonly DB\` running"
	echo "\`$sql\`"
	echo "(the whole query once; start-up included). Text scan: in-process, the dump's"
	echo "paragraphs holding every typed word, per prefix. grep: a process per run,"
	echo "\`grep -i -c '$query' DUMP\` (output read through a pipe, so grep reads it all)."
	echo

	echo "## Opening the hub (the concept with most links and backlinks)"
	echo
	echo "| database | hub | links | render med | render p99 | CPU med | rows | with quotes med | rows | home view med |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
	for l in $labels; do
		. "$tmp/$l.vars"
		echo "| $l | \`$b_hub\` | $b_hub_links | $b_hub_med | $b_hub_p99 | $b_hubcpu_med | $b_hub_rows |" \
		    "$b_hubev_med | $b_hubev_rows | $b_home_med |"
	done
	echo
	echo "In-process: view_build of the hub's page at 78 columns (store_concept and every"
	echo "row the page has, so at least the first screen); with quotes: the same page"
	echo "with each link's quote beneath it (the e key); the home view likewise."
	echo

	echo "## Comparing the two biggest hubs, and the timeline (issue 19)"
	echo
	echo "| database | hubs | compare med | compare p99 | CPU med | rows | timeline med | timeline p99 | rows |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
	for l in $labels; do
		. "$tmp/$l.vars"
		echo "| $l | \`$b_hub\`, \`$b_hub2\` | $b_compare_med | $b_compare_p99 | $b_comparecpu_med | $b_compare_rows |" \
		    "$b_timeline_med | $b_timeline_p99 | $b_timeline_rows |"
	done
	echo
	echo "In-process: view_build of the comparison of the two concepts with most links"
	echo "and backlinks (c on one, c on the other) at 78 columns, and of the timeline's"
	echo "first page (its first 100 dated concepts, which hold its first screen)."
	echo
	echo "## The hub's map at depth 2 (M, then +)"
	echo
	echo "| database | hub | render med | render p99 | CPU med | rows |"
	echo "|---|---|---:|---:|---:|---:|"
	for l in $labels; do
		. "$tmp/$l.vars"
		echo "| $l | \`$b_hub\` | ${b_map_med:-} | ${b_map_p99:-} | ${b_mapcpu_med:-} | ${b_map_rows:-} |"
	done
	echo
	echo "In-process: view_build of the hub's map two steps out at 78 columns (doc_map"
	echo "reading each box's links, a fair share of each relation, then map_layout)."
	echo

	echo "## What open+quit touches (bundled reference, cachegrind)"
	echo
	if [ $have_valgrind = 1 ]; then
		echo "| program | instructions | code lines | data lines |"
		echo "|---|---:|---:|---:|"
		for p in "tekdip fp.tekdip" "floor fp.floor" "floor+SQLite fp.floordb" "less fp.less"; do
			set -- $p
			read -r ir code data < "$tmp/$2"
			echo "| $1 | $ir | $code | $data |"
		done
		echo
		echo "One run of each in the pty under valgrind's cachegrind, which counts the same"
		echo "on every run: the instructions executed, and the distinct 64-byte lines of"
		echo "code and of data fetched (the misses of a simulated 32 MB last-level cache"
		echo "that starts empty). A line that is not in the CPU's caches is what a cold"
		echo "start waits for."
	else
		echo "valgrind is not installed (build-aux/debian-deps installs it)."
	fi
	echo

	echo "## Peak RSS (MB)"
	echo
	echo "| database | tekdip open+quit | tekdip search session | tekdip-bench (tekdip part) | less | info | sqlite3 shell | grep |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|"
	for l in $labels; do
		. "$tmp/$l.vars"
		echo "| $l | $(mb "$tekdip_rss_kb") | $(mb "$s_rss_kb") | $(mb "$b_rss_tekdip_kb") | $(mb "$less_rss_kb") |" \
		    "$(absent $have_info "$(mb "$info_rss_kb")") | $(absent $have_sqlite3 "$(mb "${q_rss_kb:-}")") | $(mb "$g_rss_kb") |"
	done
	echo
	echo "The largest of each process's runs. The search session types \`/$query\`,"
	echo "Esc and Q (quit at once; q goes back from the results) into the real binary"
	echo "in the pty. tekdip-bench's figure is its peak before it loads the dump for"
	echo "the text scan."
	echo

	echo "## Targets (issues 7, 15, 16, 17, 19 and 20)"
	echo
	echo "| database | target | measured | met |"
	echo "|---|---|---:|---|"
} > "$tmp/report"

check() {	# label what measured limit
	ok=$(le "$3" "$4")
	if [ "$ok" != yes ]; then fail=1; fi
	echo "| $1 | $2 | $3 | $ok |" >> "$tmp/report"
}
for l in bundled synth-100000; do
	case $l in
	# bundled open+quit: at most 1.35 times less, a guard the code meets
	# with margin; 1.0 sat inside the run-to-run spread of the clock here
	bundled) rlim=1.35 klim=1 hlim= slim= mlim=8 ;;
	synth-100000) rlim=1.5 klim=30 hlim=5 slim=20 mlim=32 ;;
	esac
	if [ ! -f "$tmp/$l.vars" ]; then
		echo "| $l | all | not measured (BENCH_SIZES) | - |" >> "$tmp/report"
		continue
	fi
	unset b_article b_article_med
	. "$tmp/$l.vars"
	peak=$(awk -v a="$tekdip_rss_kb" -v b="$s_rss_kb" 'BEGIN { printf "%.1f", (a > b ? a : b) / 1024 }')
	check "$l" "open+quit tekdip/less ≤ $rlim (medians)" "$(ratio "$tekdip_wall_med" "$less_wall_med")" "$rlim"
	check "$l" "search keystroke p99 ≤ $klim ms" "$b_key_p99" "$klim"
	check "$l" "misspelt keystroke p99 ≤ $klim ms" "$b_keytypo_p99" "$klim"
	if [ -n "$slim" ]; then
		check "$l" "suggestion p99 ≤ $slim ms" "$b_suggest_p99" "$slim"
	fi
	if [ -n "$hlim" ]; then
		check "$l" "hub render ≤ $hlim ms (median)" "$b_hub_med" "$hlim"
		check "$l" "hub with every link's quote / without ≤ 1.5 (medians)" \
		    "$(ratio "$b_hubev_med" "$b_hub_med")" 1.5
	fi
	if [ -n "$hlim" ]; then	# issue 19
		check "$l" "hub's map at depth 2 ≤ 10 ms (median)" "$b_map_med" 10
	fi
	if [ -n "${b_article_med:-}" ]; then	# databases with the articles' text
		check "$l" "article opened at a passage ≤ 3 ms (median, \`$b_article\`)" "$b_article_med" 3
	fi
	check "$l" "comparison of the two biggest hubs ≤ 10 ms (median)" "$b_compare_med" 10
	check "$l" "timeline's first screen ≤ 10 ms (median)" "$b_timeline_med" 10
	check "$l" "tekdip peak RSS ≤ $mlim MB (open+quit, search session)" "$peak" "$mlim"
done
# --export-site (issue 20): the whole site written to a new directory,
# the median of three runs, wall-clock (and CPU) seconds.
site_time() {	# DB: "wall cpu"
	for i in 1 2 3; do
		rm -rf "$tmp/site"
		/usr/bin/time -f '%e %U %S' -o "$tmp/site.time" "$tekdip" --db "$1" --export-site "$tmp/site" \
		    2>/dev/null || die "--export-site failed on $1"
		awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$tmp/site.time"
	done | sort -n | sed -n 2p
	rm -rf "$tmp/site"
}
while read -r label db txt textsize gentime; do
	case $label in
	bundled) lim=1 ;;
	synth-10000) lim=30 ;;
	*) continue ;;
	esac
	set -- $(site_time "$db")
	check "$label" "--export-site ≤ $lim s (median wall; CPU $2 s)" "$1" "$lim"
done < "$tmp/dbs"
{
	echo
	if [ $fail = 0 ]; then
		echo "Every target is met."
	else
		echo "Some targets are missed (**NO** above): \`make bench\` exits 1."
	fi
} >> "$tmp/report"

cp "$tmp/report" "$results"
cat "$results"
exit $fail
