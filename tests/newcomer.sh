#!/bin/sh
# newcomer.sh: the README's quick start, followed word for word in a fresh
# clone of this repository's HEAD: its first command without the package
# step (the packages are there already), which must end in the browser on
# the home view, in English and then under LANG=id_ID.UTF-8 in Indonesian,
# each quitting with status 0; then what the README says works in the
# build tree; then the optional `make install`, in a mount namespace of its
# own over an empty /usr/local, giving `tekdip` and `man tekdip` from
# anywhere.  It skips (exit 77) outside a git checkout (a tarball's build)
# and when not root (the first command generates a locale for the system).
set -u
: "${top_srcdir:=.}"
src=$(cd "$top_srcdir" && pwd -P)
skip() { echo "1..0 # SKIP $1"; exit 77; }
top=$(git -C "$src" rev-parse --show-toplevel 2>/dev/null) && test "$(cd "$top" && pwd -P)" = "$src" ||
	skip "not a git checkout (a tarball's build)"
test "$(id -u)" = 0 || skip "the README's first command is run as root"
command -v tmux >/dev/null 2>&1 || skip "tmux is not installed"
n=0 fail=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); echo "not ok $n - $1"; fail=1; }
check() { name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tekdip-newcomer.XXXXXX") || exit 99
sock=tekdip-newcomer-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
unset LC_ALL LC_MESSAGES LC_CTYPE LANGUAGE TEKDIP_DB TEKDIP_LOCALEDIR TMUX

# The first command of the quick start, and the third.
first=$(sed -n '/^Quick start$/,/^What it looks like$/s/^    \(apt-get update .* && \.\/tekdip\)$/\1/p' "$src/README" | head -n 1)
pkgs='apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(cat build-aux/debian-deps) && '
rest=${first#"$pkgs"}
check "the README's first command installs the packages, then ends in ./tekdip" \
	test -n "$first" -a "$rest" != "$first"
check "the quick start's third line is make install" \
	grep -q -x '    make install' "$src/README"

git clone -q "$src" "$tmp/clone" 2>"$tmp/err" && ok "git clone of HEAD ($(git -C "$tmp/clone" rev-parse --short HEAD))" ||
	{ bad "git clone"; sed 's/^/# /' "$tmp/err"; echo "1..$n"; exit 1; }

# run NAME COMMAND: COMMAND in the clone, in tmux (80x24); its status in
# $tmp/NAME.rc and its standard error in $tmp/NAME.err once it has exited.
run() {
	cat >"$tmp/$1.sh" <<EOF2
cd '$tmp/clone' || exit 1
export XDG_DATA_HOME='$tmp/xdg'
( $2 ) 2>'$tmp/$1.err'
echo \$? >'$tmp/$1.rc'
exec sleep 600
EOF2
	tmux -L "$sock" -f /dev/null new-session -d -s "$1" -x 80 -y 24 "sh '$tmp/$1.sh'"
}
# wait_screen NAME TEXT SECS: until the pane shows TEXT, into $tmp/screen.
wait_screen() {
	_end=$(($(date +%s) + $3))
	while test "$(date +%s)" -le $_end; do
		tmux -L "$sock" capture-pane -p -t "=$1:" >"$tmp/screen" 2>/dev/null
		grep -q -F -e "$2" "$tmp/screen" && return 0
		test -e "$tmp/$1.rc" && return 1
		sleep 0.2
	done
	return 1
}
# quit NAME: q, then the status it exits with.
quit() {
	tmux -L "$sock" send-keys -t "=$1:" q
	for i in $(seq 100); do test -s "$tmp/$1.rc" && break; sleep 0.05; done
	cat "$tmp/$1.rc" 2>/dev/null
}

# The first command: bootstrap, configure, build, and the browser, in English.
start=$(date +%s)
run first "export LANG=C.UTF-8; $rest"
if wait_screen first "q:quit" 1200 && grep -q 'Kinds of concept' "$tmp/screen"; then
	ok "the first command ends in the browser on the home view ($(($(date +%s) - start)) s)"
else
	bad "the first command ends in the browser on the home view"
	sed 's/^/# |/' "$tmp/screen"; tail -n 20 "$tmp/first.err" | sed 's/^/# /'
	echo "1..$n"; exit 1
fi
check "... in English (Partners 35, Home)" sh -c "grep -q '^ *Partners  *35' '$tmp/screen' && grep -q ' Home ' '$tmp/screen'"
check "... and quits with status 0" test "$(quit first)" = 0

# The Indonesian interface from the build tree, with the locale generated.
run id "LANG=id_ID.UTF-8 ./tekdip"
if wait_screen id "Jenis konsep" 30 && grep -q '^ *Mitra  *35' "$tmp/screen"; then
	ok "LANG=id_ID.UTF-8 ./tekdip: the home view in Indonesian (Jenis konsep, Mitra 35)"
else
	bad "LANG=id_ID.UTF-8 ./tekdip: the home view in Indonesian"; sed 's/^/# |/' "$tmp/screen"
fi
check "... quits with status 0" test "$(quit id)" = 0
check "... with nothing said about the locale" test ! -s "$tmp/id.err"

# What else the README says works in the build tree.
(cd "$tmp/clone" && ./tekdip --kinds) >"$tmp/kinds" 2>&1
check "./tekdip --kinds" grep -q '^partner  *35  Partners$' "$tmp/kinds"
(cd "$tmp/clone" && LC_ALL=C.UTF-8 MANPAGER=cat man -l man/tekdip.1) >"$tmp/man" 2>&1
check "man -l man/tekdip.1 (its SYNOPSIS has --export)" \
	sh -c "sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' '$tmp/man' | grep -q -e '--export'"

# make install, the optional third line: tekdip and man tekdip from /.
if unshare -m true 2>/dev/null; then
	mkdir "$tmp/usr-local"
	unshare -m sh -c "mount --bind '$tmp/usr-local' /usr/local &&
		cd '$tmp/clone' && make install >'$tmp/install.log' 2>&1 && cd / &&
		tekdip --kinds >'$tmp/inst-kinds' 2>&1 &&
		LANG=id_ID.UTF-8 tekdip --kinds >'$tmp/inst-kinds-id' 2>&1 &&
		LC_ALL=C.UTF-8 MANPAGER=cat man tekdip >'$tmp/inst-man' 2>&1" 2>"$tmp/err"
	check "make install, then tekdip --kinds from /" grep -q '^partner  *35  Partners$' "$tmp/inst-kinds"
	check "... in Indonesian under LANG=id_ID.UTF-8" grep -q '^partner  *35  Mitra$' "$tmp/inst-kinds-id"
	check "... and man tekdip" grep -q '^ *tekdip .* browse the concepts' "$tmp/inst-man"
else
	n=$((n + 1)); echo "ok $n # SKIP make install: no mount namespace (unshare -m)"
fi
echo "1..$n"
exit $fail
