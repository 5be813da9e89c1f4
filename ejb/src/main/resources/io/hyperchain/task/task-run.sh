# Starts task $1 with the argument vector $2... in this container and returns once it runs (P1.7).
# Run as: sh -c "$(this file)" hc-task ID ARGV...; the words reach exec as they are, no shell sees them.
# Files in /tmp/.hc/tasks/ID: pid (the task's keeper), o.N (its output from byte N: two files of at
# most 256 reads of 1 KiB are kept, the older removed as a third begins), code (its exit code, at
# its end). The command and everything it starts carry HC_TASK=ID, by which they are measured and killed
# (set by env, which execs the command: a shell that runs an applet in-process would not pass it on).
id=$1
shift
d=$HC_ROOT/tasks/$id
mkdir -p "$d" || exit 1
(
    cd /data 2>/dev/null || cd /
    # exec in a subshell of its own, by env: the first word is always a program, never a shell builtin
    # (exit, cd, echo) nor a function of these scripts; env puts HC_TASK into the program's /proc environ
    # (busybox's shell runs an applet in-process, even at exec, leaving the environ it started with); and
    # a shell's note on how its child ended ("Terminated") is written by this group, not into the output
    { (exec env HC_TASK="$id" "$@" 2>&1) </dev/null; echo $? >"$d/code.new"; mv "$d/code.new" "$d/code"; } | {
        start=0
        prev=
        older=
        while :; do
            f=$d/o.$start
            # the first read alone: the older of the two kept files goes once a third has bytes, not before
            dd of="$f" bs=1024 count=1 2>/dev/null
            n=$(wc -c <"$f")
            if [ "$n" -eq 0 ]; then
                [ -n "$prev" ] && rm -f "$f"
                break
            fi
            [ -n "$older" ] && rm -f "$older"
            dd bs=1024 count=255 2>/dev/null >>"$f"
            n=$(wc -c <"$f")
            older=$prev
            prev=$f
            start=$((start + n))
        done
        : >"$d/end"
    }
) </dev/null >/dev/null 2>&1 &
echo $! >"$d/pid"
echo started
