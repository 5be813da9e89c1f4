# Kills task $1: SIGTERM to every process carrying HC_TASK=$1, SIGKILL to those left after 3 s.
d=$HC_ROOT/tasks/$1
[ -d "$d" ] || exit 3
: >"$d/killed"
signal() {
    found=1
    for p in /proc/[0-9]*; do
        if tr '\0' '\n' 2>/dev/null <"$p/environ" | grep -qx "HC_TASK=$1"; then
            kill -"$2" "${p#/proc/}" 2>/dev/null && found=0
        fi
    done
    return $found
}
signal "$1" TERM || exit 0
i=0
while [ $i -lt 30 ]; do
    [ -f "$d/code" ] && exit 0
    sleep 0.1
    i=$((i + 1))
done
signal "$1" KILL
exit 0
