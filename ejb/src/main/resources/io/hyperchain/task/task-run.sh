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
    { env HC_TASK="$id" "$@" </dev/null 2>&1; echo $? >"$d/code.new"; mv "$d/code.new" "$d/code"; } | {
        start=0
        prev=
        while :; do
            f=$d/o.$start
            dd of="$f" bs=1024 count=256 2>/dev/null
            n=$(wc -c <"$f")
            if [ "$n" -eq 0 ]; then
                [ -n "$prev" ] && rm -f "$f"
                break
            fi
            [ -n "$prev" ] && rm -f "$prev"
            prev=$f
            start=$((start + n))
        done
        : >"$d/end"
    }
) </dev/null >/dev/null 2>&1 &
echo $! >"$d/pid"
echo started
