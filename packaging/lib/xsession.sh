# shellcheck shell=bash
# Helpers for driving the desktop app on a private X server (Xvfb + xdotool), sourced by cds-train.sh,
# measure-startup.sh and test-deb.sh. Nothing here sleeps a fixed time: every wait polls for a condition with a
# deadline.

# Milliseconds since the epoch.
xs_now_ms() {
    date +%s%3N
}

# Starts Xvfb on the first free display from :90 and exports DISPLAY. The server has no access control (-ac): it is
# private to this run and listens on no TCP port.
xs_start() {
    command -v Xvfb >/dev/null || { echo "Xvfb is missing (apt-get install xvfb)" >&2; return 1; }
    command -v xdotool >/dev/null || { echo "xdotool is missing (apt-get install xdotool)" >&2; return 1; }
    local n=90
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -ac >/dev/null 2>&1 &
    XS_PID=$!
    export DISPLAY=":$n"
    local deadline=$(( $(xs_now_ms) + 30000 ))
    until xdotool getmouselocation >/dev/null 2>&1; do
        if ! kill -0 "$XS_PID" 2>/dev/null || [ "$(xs_now_ms)" -gt "$deadline" ]; then
            echo "Xvfb did not start on $DISPLAY" >&2
            return 1
        fi
        sleep 0.05
    done
}

xs_stop() {
    if [ -n "${XS_PID:-}" ]; then
        kill "$XS_PID" 2>/dev/null || true
        wait "$XS_PID" 2>/dev/null || true
        XS_PID=
    fi
}

# xs_wait_window REGEX TIMEOUT_S [PID]: prints the id of the first visible window whose name matches REGEX; fails
# after TIMEOUT_S seconds or as soon as process PID (when given) has exited.
xs_wait_window() {
    local pattern=$1 timeout=$2 pid=${3:-} id
    local deadline=$(( $(xs_now_ms) + timeout * 1000 ))
    while [ "$(xs_now_ms)" -le "$deadline" ]; do
        id=$(xdotool search --onlyvisible --name "$pattern" 2>/dev/null | head -n 1)
        if [ -n "$id" ]; then
            echo "$id"
            return 0
        fi
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            return 1
        fi
        sleep 0.02
    done
    return 1
}

# xs_wait_exit PID TIMEOUT_S: waits for a child process to end; fails when it is still running after TIMEOUT_S.
xs_wait_exit() {
    local pid=$1 timeout=$2
    local deadline=$(( $(xs_now_ms) + timeout * 1000 ))
    while kill -0 "$pid" 2>/dev/null; do
        [ "$(xs_now_ms)" -le "$deadline" ] || return 1
        sleep 0.05
    done
    wait "$pid" 2>/dev/null || true
}

# xs_wait_quiet FILE QUIET_S TIMEOUT_S: waits until FILE has not grown for QUIET_S seconds (e.g. a class-loading
# log once start-up work is done); fails after TIMEOUT_S.
xs_wait_quiet() {
    local file=$1 quiet=$2 timeout=$3 size last_size=-1 since
    local deadline=$(( $(xs_now_ms) + timeout * 1000 ))
    since=$(xs_now_ms)
    while [ "$(xs_now_ms)" -le "$deadline" ]; do
        size=$(stat -c %s "$file" 2>/dev/null || echo 0)
        if [ "$size" != "$last_size" ]; then
            last_size=$size
            since=$(xs_now_ms)
        elif [ $(( $(xs_now_ms) - since )) -ge $(( quiet * 1000 )) ]; then
            return 0
        fi
        sleep 0.2
    done
    return 1
}

# xs_quit WINDOW PID [TIMEOUT_S]: asks the app to quit as a user would (focus, Ctrl+Q) and waits up to TIMEOUT_S
# (default 30) for the process to end; falls back to SIGTERM (the JVM still runs its exit hooks) when it did not.
xs_quit() {
    local window=$1 pid=$2 timeout=${3:-30}
    xdotool windowfocus --sync "$window" 2>/dev/null || true
    xdotool key --clearmodifiers ctrl+q 2>/dev/null || true
    if ! xs_wait_exit "$pid" "$timeout"; then
        echo "the app did not quit on Ctrl+Q; sending SIGTERM" >&2
        kill -TERM "$pid" 2>/dev/null || true
        xs_wait_exit "$pid" "$timeout" || { kill -KILL "$pid" 2>/dev/null || true; return 1; }
    fi
}

# xs_click_editor WINDOW: clicks into the editor, the left half of the window (of the part of it on the screen).
xs_click_editor() {
    # shellcheck disable=SC2034  # WINDOW and SCREEN are set by the eval too
    local WINDOW X Y WIDTH HEIGHT SCREEN SW SH x0 y0 x1 y1
    eval "$(xdotool getwindowgeometry --shell "$1")"
    read -r SW SH < <(xdotool getdisplaygeometry)
    x0=$(( X > 0 ? X : 0 )); y0=$(( Y > 0 ? Y : 0 ))
    x1=$(( X + WIDTH < SW ? X + WIDTH : SW )); y1=$(( Y + HEIGHT < SH ? Y + HEIGHT : SH ))
    xdotool mousemove --sync $(( x0 + (x1 - x0) / 4 )) $(( y0 + (y1 - y0) / 2 )) click 1
}

# xs_first_save WINDOW FILE: in the app's WINDOW, clicks into the editor, goes to the end of the post, types a new
# last line and saves with Ctrl+S, as a user would. Succeeds when FILE (the post's index.md
# as this shell sees it) is the old text followed by that line: saved, and nothing of the text lost.
xs_first_save() {
    local window=$1 file=$2 before marker deadline
    before=$(mktemp)
    cp "$file" "$before"
    marker="Saved by the packaging test $(date +%s)"
    xdotool windowfocus --sync "$window" 2>/dev/null || true
    xs_click_editor "$window"
    xdotool key --clearmodifiers ctrl+End Return
    xdotool type --delay 30 "$marker"
    xdotool key --clearmodifiers ctrl+s
    deadline=$(( $(xs_now_ms) + 60000 ))
    until grep -qF "$marker" "$file" 2>/dev/null; do
        if [ "$(xs_now_ms)" -gt "$deadline" ]; then
            echo "xs_first_save: $file was not saved with the typed line within 60 s" >&2
            rm -f "$before"
            return 1
        fi
        sleep 0.1
    done
    if ! cmp -s -n "$(stat -c %s "$before")" "$before" "$file"; then
        echo "xs_first_save: the saved $file does not start with the text as it was" >&2
        diff "$before" "$file" >&2 || true
        rm -f "$before"
        return 1
    fi
    rm -f "$before"
}
