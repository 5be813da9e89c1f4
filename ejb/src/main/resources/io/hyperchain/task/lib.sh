# Shared by the task scripts (NodeScript puts it before each). A task's files: /tmp/.hc/tasks/ID.
# The root of the task files: /tmp/.hc in a container; a test of these scripts points it elsewhere.
HC_ROOT=${HC_ROOT:-/tmp/.hc}

# Sets state (running, exited, killed or lost) and code (the exit code, or -) of the task in dir $1.
# A task has ended once its command has (code) and its output is all kept (end, written before its
# keeper leaves): whoever sees the end has seen every byte. The keeper is looked at first: it leaves
# only after both, so a task that ends meanwhile is never taken for lost.
state_of() {
    # (a missing pid file must not read as alive: busybox's kill -0 "" says yes)
    keeper=0
    pid=$(cat "$1/pid" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && keeper=1
    if [ -f "$1/code" ] && { [ -f "$1/end" ] || [ $keeper = 0 ]; }; then
        code=$(cat "$1/code")
        if [ -f "$1/killed" ]; then state=killed; else state=exited; fi
    elif [ $keeper = 1 ]; then
        state=running
        code=-
    else
        state=lost
        code=-
    fi
}

# Sets first to the byte the oldest kept output file of the task in dir $1 starts at (0 when none).
first_of() {
    first=
    for f in "$1"/o.*; do
        [ -f "$f" ] || continue
        n=${f##*/o.}
        if [ -z "$first" ] || [ "$n" -lt "$first" ]; then first=$n; fi
    done
    [ -z "$first" ] && first=0
}

# Prints the kept output of the task in dir $1 from byte $2 on; nothing when that byte is no longer
# kept (the oldest file went since the caller looked): the bytes printed always start at $2.
output_of() {
    first_of "$1"
    [ "$2" -lt "$first" ] && return 0
    from=$2
    at=$first
    while [ -f "$1/o.$at" ]; do
        size=$(wc -c 2>/dev/null <"$1/o.$at") || return 0
        end=$((at + size))
        if [ "$from" -lt "$end" ]; then
            tail -c +$((from - at + 1)) "$1/o.$at" 2>/dev/null || return 0
            from=$end
        fi
        [ "$size" -eq 0 ] && break
        at=$end
    done
}
