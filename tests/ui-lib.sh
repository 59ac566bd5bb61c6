# ui-lib.sh: drive tekdip in a private tmux server and look at its screen.
# Sourced by tests/ui.test; POSIX sh.  Every app runs in its own session
# and work directory ($T), with a fresh XDG_DATA_HOME unless told otherwise.
#
#   start_app NAME COLS ROWS [tekdip args...]   (XDG=dir: the state dir; APP_ENV: env options;
#                          APP_WRAP: a command tekdip runs under, such as strace)
#   screen                 the pane, one line per row, trailing blanks trimmed
#   line N                 row N (0 is the title bar); line -1 is the status line
#   selected               the row that starts with '>' (the selected link)
#   wait_for TEXT [secs]   until TEXT is on the screen, or fail with a dump
#   wait_gone TEXT [secs]  until TEXT is no longer on the screen
#   wait_status TEXT       until the status line contains TEXT
#   key K...               send each key and wait for the screen to change
#   send K...              send keys without waiting
#   settle                 wait until every key sent so far has been handled
#   steady                 wait until the screen holds still
#   app_alive              tekdip is still running
#   stays_alive SECS       ... and keeps running for SECS
#   pty_is ROWS COLS       the pane's terminal has that size
#   ok/bad NAME            TAP-ish result lines; $failed counts the failures

: "${top_srcdir:=.}" "${top_builddir:=.}"
top_srcdir=$(cd "$top_srcdir" && pwd) || exit 99
top_builddir=$(cd "$top_builddir" && pwd) || exit 99
TEKDIP=$top_builddir/tekdip
DB=$top_builddir/tekdip.db
LANG=C.UTF-8
LC_ALL=C.UTF-8
export LANG LC_ALL
unset TMUX TMUX_PANE NO_COLOR

WAIT_TIMEOUT=${WAIT_TIMEOUT:-5}
SOCK=tekdip-test-$$
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tekdip-ui.XXXXXX") || exit 99
failed=0
ntests=0
S=
T=

tm() { tmux -u -L "$SOCK" -f /dev/null "$@"; }

cleanup() {
	tm kill-server >/dev/null 2>&1
	# a tekdip still there when the test is over is killed: no test looks
	# at it any more, and a stuck one would spin on through the suite
	for _p in "$WORK"/*/pid; do
		test -s "$_p" || continue
		_pid=$(cat "$_p")
		grep -q tekdip "/proc/$_pid/cmdline" 2>/dev/null && kill -KILL "$_pid" 2>/dev/null
	done
	# tmux leaves its socket behind
	_sock=${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK
	test -S "$_sock" && rm -f "$_sock"
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

ok() { ntests=$((ntests + 1)); echo "ok - $1"; }
bad() { ntests=$((ntests + 1)); failed=$((failed + 1)); echo "not ok - $1"; }
# check NAME COMMAND...: ok when the command succeeds.
check() {
	_name=$1; shift
	if "$@"; then ok "$_name"; else bad "$_name"; fi
}
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }

have_tmux() { command -v tmux >/dev/null 2>&1; }

# POSIX single-quoting of one word.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# start_app NAME COLS ROWS [ARGS...]: tekdip in session NAME, work dir
# $WORK/NAME.  The wrapper records the terminal modes before and after,
# tekdip's pid and its exit status, then keeps the pane open.
start_app() {
	S=$1 T=$WORK/$1; _cols=$2 _rows=$3; shift 3
	mkdir -p "$T" || return 1
	_xdg=${XDG:-$T/xdg}
	_args=
	for _a in "$TEKDIP" --db "$DB" "$@"; do _args="$_args $(quote "$_a")"; done
	_args="${APP_WRAP:-}$_args"
	# The wrapper outlives a hang-up (a killed session) until tekdip has
	# exited: were it to die first, tekdip's process group would be
	# orphaned while LeakSanitizer holds it stopped at exit, and the
	# SIGCONT the kernel then sends undoes the stop the leak check waits
	# for, which spins for good.
	cat >"$T/run.sh" <<EOF
hup=
trap 'hup=1' HUP
stty -g >$(quote "$T/before")
env ${APP_ENV:-} XDG_DATA_HOME=$(quote "$_xdg") sh -c 'echo \$\$ >"\$0"; exec "\$@"' $(quote "$T/pid") $_args
echo \$? >$(quote "$T/rc.tmp")
stty -g >$(quote "$T/after") 2>/dev/null
mv $(quote "$T/rc.tmp") $(quote "$T/rc")
test -n "\$hup" && exit 0
exec sleep 300
EOF
	tm start-server \; set-option -g default-terminal screen \; \
		set-option -g exit-empty on \; \
		new-session -d -s "$S" -x "$_cols" -y "$_rows" -c "$top_builddir" \
		"exec sh $(quote "$T/run.sh")" || return 1
	_t=0
	while ! test -s "$T/pid"; do
		_t=$((_t + 1)); test $_t -gt 100 && { diag "tekdip did not start"; return 1; }
		sleep 0.05
	done
}

stop_app() { tm kill-session -t "=$S" >/dev/null 2>&1; }

app_pid() { cat "$T/pid"; }
app_alive() { ! test -e "$T/rc" && kill -0 "$(app_pid)" 2>/dev/null; }
# stays_alive SECS: tekdip keeps running for SECS (checked every 0.05s).
stays_alive() {
	_n=$(awk -v s="$1" 'BEGIN { print int(s * 20) }')
	while test $_n -gt 0; do
		app_alive || return 1
		sleep 0.05
		_n=$((_n - 1))
	done
	app_alive
}
# pty_is ROWS COLS: the size the terminal itself has, the one tekdip sees
# (tmux may set it a little after #{pane_width} changes).
pty_is() {
	test "$(stty -F "$(tm display -p -t "=$S:" '#{pane_tty}')" size 2>/dev/null)" = "$1 $2"
}

# wait_exit [secs]: until tekdip has exited and the wrapper wrote $T/rc.
wait_exit() {
	_n=$(( ${1:-$WAIT_TIMEOUT} * 20 ))
	while ! test -e "$T/rc"; do
		_n=$((_n - 1)); test $_n -le 0 && { diag "tekdip did not exit"; dump; return 1; }
		sleep 0.05
	done
}
app_rc() { cat "$T/rc"; }

screen() { tm capture-pane -p -t "=$S:" ; }
# The screen with each row's trailing blanks kept (full width).
screen_full() { tm capture-pane -p -N -t "=$S:" ; }
line() {
	if test "$1" -lt 0; then
		screen | tail -n "$(( -$1 ))" | head -n 1
	else
		screen | sed -n "$(( $1 + 1 ))p"
	fi
}
status() { line -1; }
selected() { screen | grep '^>' | head -n 1; }
# The row of the first line containing TEXT, 0-based, or nothing.
row_of() { screen | grep -n -F -e "$1" | head -n 1 | sed 's/:.*//' | { read -r n && echo $((n - 1)); }; }
# Display width of a string (columns), in the UTF-8 locale.
width() { printf '%s\n' "$1" | wc -L; }

dump() {
	echo "# ---- screen of $S ----"
	screen | sed 's/^/# |/'
	echo "# ----"
}

# poll COMMAND...: run COMMAND every 0.05s until it succeeds, for up to
# $_secs seconds.
poll() {
	_n=$(( ${_secs:-$WAIT_TIMEOUT} * 20 ))
	while ! "$@"; do
		_n=$((_n - 1))
		test $_n -le 0 && return 1
		sleep 0.05
	done
}

_has() { screen | grep -q -F -e "$1"; }
_hasnt() { ! _has "$1"; }
_status_has() { status | grep -q -F -e "$1"; }

wait_for() {
	_secs=${2:-$WAIT_TIMEOUT}
	poll _has "$1" && return 0
	diag "timed out waiting for: $1"; dump; return 1
}
wait_gone() {
	_secs=${2:-$WAIT_TIMEOUT}
	poll _hasnt "$1" && return 0
	diag "timed out waiting for this to go: $1"; dump; return 1
}
wait_status() {
	_secs=${2:-$WAIT_TIMEOUT}
	poll _status_has "$1" && return 0
	diag "timed out waiting for the status line to show: $1"; dump; return 1
}

# send KEY...: tmux key names (Enter, Tab, Left, Space, C-l) or literal
# characters; a single character is sent literally.
send() {
	for _k; do
		case $_k in
		?) tm send-keys -t "=$S:" -l -- "$_k" ;;
		*) tm send-keys -t "=$S:" "$_k" ;;
		esac
	done
}

_changed() { _now=$(screen); test "$_now" != "$_before"; }
_steady() { _last=$_now; _now=$(screen); test "$_now" = "$_last"; }

# steady: until two captures 0.05s apart are the same.
steady() {
	_now=$(screen); sleep 0.05
	_secs=$WAIT_TIMEOUT
	poll _steady || { diag "the screen does not hold still"; dump; return 1; }
}

# key KEY...: send one key at a time, each time waiting for the screen to
# change and then to hold still for one poll (a redraw may arrive in more
# than one piece); for keys that always change something.
key() {
	for _k; do
		_before=$(screen)
		send "$_k"
		_secs=$WAIT_TIMEOUT
		poll _changed || { diag "the screen did not change after key $_k"; dump; return 1; }
		sleep 0.05
		poll _steady || { diag "the screen did not settle after key $_k"; dump; return 1; }
	done
}

# settle: a key tekdip does not know raises a notice, and the next key
# clears it; once both have shown, every earlier key has been handled.
# Not for the too-small screen, which ignores keys.
settle() {
	send z
	wait_for "Unknown key" || return 1
	send C-l
	wait_gone "Unknown key"
}

# select_link TEXT [KEY] [MAX]: press KEY (j) until the selected row
# contains TEXT.
select_link() {
	_want=$1 _sk=${2:-j} _max=${3:-60}
	while ! selected | grep -q -F -e "$_want"; do
		_max=$((_max - 1))
		test $_max -lt 0 && { diag "no selected row with: $_want"; dump; return 1; }
		key "$_sk" || return 1
	done
}
