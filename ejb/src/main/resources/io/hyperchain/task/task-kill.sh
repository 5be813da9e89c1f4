# Kills task $1: SIGTERM to every process carrying HC_TASK=$1, SIGKILL to those left after 3 s; a task
# that has ended is left as it ended. Returns once its end is noted. Exit 3: no such task here.
d=$HC_ROOT/tasks/$1
[ -d "$d" ] || exit 3
state_of "$d"
case $state in exited | killed) exit 0 ;; esac
: >"$d/killed"
# Sends signal $2 to the processes of task $1 (one grep reads every environment); false when there are none.
signal() {
    found=1
    for f in $(grep -lsxzF "HC_TASK=$1" /proc/[0-9]*/environ); do
        p=${f#/proc/}
        kill -"$2" "${p%/environ}" 2>/dev/null && found=0
    done
    return $found
}
signal "$1" TERM || exit 0
# every process of the task, not only the command: a child may outlive it, ignoring TERM
read -r up rest </proc/uptime
deadline=$((${up%.*}${up#*.} + 300)) # in 1/100 s since boot
while signal "$1" 0; do
    read -r up rest </proc/uptime
    if [ "${up%.*}${up#*.}" -ge "$deadline" ]; then
        signal "$1" KILL
        break
    fi
    sleep 0.1
done
# the keeper notes the end once the output is all kept: a read after this one says how it ended
i=0
while [ $i -lt 20 ] && [ ! -f "$d/end" ] && kill -0 "$(cat "$d/pid" 2>/dev/null)" 2>/dev/null; do
    sleep 0.1
    i=$((i + 1))
done
exit 0
