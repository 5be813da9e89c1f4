# Every task of this container, a line each: "ID STATE CODE TICKS SPAN RSS_KIB TAIL": TICKS is the
# CPU time (1/100 s) its processes used over SPAN (1/100 s, a quarter second and the time a look at
# every process takes), RSS_KIB their resident memory, TAIL the last bytes of its output in base64
# ("-" when none).
cd "$HC_ROOT/tasks" 2>/dev/null || exit 0
ticks() { # "ID TICKS RSS_KIB" for each task with a live process
    # one grep finds the tasks' processes ("/proc/PID/environ:HC_TASK=ID"); the rest is the shell's own reading
    grep -Hsz -m 1 '^HC_TASK=' /proc/[0-9]*/environ | tr '\0' '\n' | while IFS= read -r line; do
        p=${line%%/environ:*}
        read -r s 2>/dev/null <"$p/stat" || continue
        r=0
        while read -r key value rest; do
            [ "$key" = VmRSS: ] && r=$value
        done 2>/dev/null <"$p/status"
        echo "${line#*/environ:HC_TASK=} ${s##*) } RSS $r"
    done | awk '{ u[$1] += $13 + $14; for (i = 2; i < NF; i++) if ($i == "RSS") m[$1] += $(i + 1) }
                END { for (k in u) print k, u[k], m[k] + 0 }'
}
uptime() { read -r up rest </proc/uptime; echo "${up%.*}${up#*.}"; }
u0=$(uptime)
a=$(ticks)
sleep 0.25
u1=$(uptime)
b=$(ticks)
for d in [0-9]*; do
    [ -d "$d" ] || continue
    state_of "$d"
    t0=$(echo "$a" | awk -v k="$d" '$1 == k { print $2 }')
    t1=$(echo "$b" | awk -v k="$d" '$1 == k { print $2 }')
    rss=$(echo "$b" | awk -v k="$d" '$1 == k { print $3 }')
    used=$((${t1:-0} - ${t0:-${t1:-0}}))
    [ "$used" -lt 0 ] && used=0
    first_of "$d"
    tail=$(output_of "$d" "$first" | tail -c 400 | base64 | tr -d '\n')
    echo "$d $state $code $used $((u1 - u0)) ${rss:-0} ${tail:--}"
done
