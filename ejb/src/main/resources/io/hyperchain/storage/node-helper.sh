# HyperChain node helper: disk allotments, sub disk and overflow overlays on one node.
# Runs with busybox in the node's (host's) mount namespace, entered by the privileged helper
# container, so that every mount is made exactly where the engine and the containers see it.
# Usage: node-helper.sh ROOT COMMAND [ARGS]   (ROOT = this node's storage root on the host)
set -u
R=$1; CMD=$2; shift 2
BB="$R/.hc/busybox"
b() { "$BB" "$@"; }
die() { echo "error: $*" >&2; exit 1; }
# A path is a mount point when it appears as one in our mount table (busybox has no mountpoint).
mounted() { b awk -v p="$1" '$5==p { f=1 } END { exit !f }' /proc/self/mountinfo; }
# The type of the topmost mount at a path.
fstype() { b awk -v p="$1" '$5==p { for (i=7;i<=NF;i++) if ($i=="-") { t=$(i+1) } } END { print t }' /proc/self/mountinfo; }
now_ms() { b awk '{ printf "%d\n", $1*1000 }' /proc/uptime; }
# Attaches an image to a free loop device and prints the device. A fresh node may have only
# loop0-7: loop-control then makes a new one (its node is made here if /dev lags). Attaches on the
# machine's other nodes race for the same device, so a lost race is retried.
attach() { # image
  for try in $(b seq 20); do
    dev=$(b losetup -f 2>/dev/null) && {
      [ -b "$dev" ] || b mknod "$dev" b 7 "${dev#/dev/loop}" 2>/dev/null
      b losetup "$dev" "$1" 2>/dev/null && { echo "$dev"; return 0; }
    }
    b usleep $((try * 20000))
  done
  return 1
}
# Loop-mounts an image (idempotent); the loop device is freed by its unmount (autoclear).
mount_image() { # image dir
  mounted "$2" && return 0
  b mkdir -p "$2" || die "mkdir $2"
  b mount -o loop "$1" "$2" 2>/dev/null && return 0
  dev=$(attach "$1") || die "mount $1: no loop device could be set up"
  # "losetup -d" on a mounted device only marks it autoclear.
  b mount "$dev" "$2" && b losetup -d "$dev" && return 0
  b losetup -d "$dev"; die "mount $1"
}
unmount_image() { # dir
  while mounted "$1"; do b umount "$1" || b umount -l "$1" || die "umount $1"; done
  return 0
}
# A new empty filesystem image; busybox mke2fs needs a block device, so it is attached briefly.
new_image() { # image MiB [bytes-per-inode]
  b rm -f "$1"; b truncate -s "${2}M" "$1" || die "truncate $1"
  dev=$(attach "$1") || die "no free loop device"
  b mke2fs -q -m 0 -i "${3:-131072}" "$dev" >/dev/null 2>&1; rc=$?
  b losetup -d "$dev"; [ $rc -eq 0 ] || die "mke2fs $1"
}
# One changing command at a time per node (two starts of one container, a double click, a start
# during an upgrade's copy). The holder's pid is kept: a lock whose holder is gone (a killed call)
# is taken over at once, a live one is waited for however long its copy takes.
lock() {
  nameless=0
  while ! b mkdir "$R/.hc/lock" 2>/dev/null; do
    holder=$(b cat "$R/.hc/lock/pid" 2>/dev/null)
    # no pid after 5 s: an older helper's lock, or a holder killed between mkdir and writing it
    [ -z "$holder" ] && nameless=$((nameless + 1))
    if { [ -n "$holder" ] && ! b kill -0 "$holder" 2>/dev/null; } || [ $nameless -gt 100 ]; then
      b rm -rf "$R/.hc/lock"; nameless=0; continue
    fi
    b usleep 50000
  done
  echo $$ > "$R/.hc/lock/pid"
  trap 'b rm -rf "$R/.hc/lock"' EXIT
}
upper_of() { # c -> the directory that holds upper/ and work/ for container c
  if [ -s "$R/alloc/$1/partition" ] && [ "$(b cat "$R/alloc/$1/partition")" != 0 ]; then echo "$R/sub/part/$1"; else echo "$R/sub/pool/$1"; fi
}

case "$CMD" in
init) # SUB_MiB: the storage root becomes its own shared mount; the sub disk image is made once.
  b mkdir -p "$R/main" "$R/mnt" "$R/ws" "$R/alloc" "$R/sub" "$R/.hc"

  mounted "$R" || b mount --bind "$R" "$R" || die "bind $R"
  b mount --make-rshared "$R" || die "make-rshared $R"
  if [ "$1" -gt 0 ]; then
    [ -f "$R/subdisk.img" ] || new_image "$R/subdisk.img" "$1" 262144
    mount_image "$R/subdisk.img" "$R/sub"
    b mkdir -p "$R/sub/pool" "$R/sub/partimg"
  fi
  echo ok ;;
prepare) # SUB_MiB C MAIN_MiB THRESHOLD_PERCENT [C=PARTITION_MiB ...]: a container start in one call:
  # init, create, and the sub disk's partitions as planned (0 = the shared pool)
  lock
  b sh "$0" "$R" init "$1" >/dev/null && b sh "$0" "$R" create "$2" "$3" "$4" >/dev/null || exit 1
  shift 4
  for pair in "$@"; do b sh "$0" "$R" partition "${pair%%=*}" "${pair#*=}" >/dev/null || exit 1; done
  echo ok ;;
create) # C MAIN_MiB THRESHOLD_PERCENT: the main allotment, mounted; its workspace its own peer group.
  c=$1; b mkdir -p "$R/alloc/$c"
  [ -f "$R/main/$c.img" ] || new_image "$R/main/$c.img" "$2"
  echo "$3" > "$R/alloc/$c/threshold"
  [ -f "$R/alloc/$c/partition" ] || echo 0 > "$R/alloc/$c/partition"
  mount_image "$R/main/$c.img" "$R/mnt/$c"
  b mkdir -p "$R/mnt/$c/data" "$R/ws/$c"
  if ! mounted "$R/ws/$c"; then
    b mount --bind "$R/mnt/$c/data" "$R/ws/$c" && b mount --make-private "$R/ws/$c" && b mount --make-shared "$R/ws/$c" || die "workspace $c"
  fi
  # After a node restart a redirected workspace gets its overlay back.
  [ -f "$R/alloc/$c/redirected" ] && b sh "$0" "$R" redirect "$c" >/dev/null
  echo ok ;;
partition) # C MiB (0 = shared pool), as the portal's plan says (SubDiskPlan): only while not redirected
  c=$1; [ -f "$R/alloc/$c/redirected" ] && { echo kept; exit 0; }
  # known to the portal but never made here (its first start failed): its own start makes it
  [ -d "$R/alloc/$c" ] || { echo absent; exit 0; }
  old=$(b cat "$R/alloc/$c/partition" 2>/dev/null || echo 0)
  if [ "$old" != "$2" ]; then
    unmount_image "$R/sub/part/$c"; b rm -f "$R/sub/partimg/$c.img"
    [ "$2" != 0 ] && { new_image "$R/sub/partimg/$c.img" "$2" 524288; }
    echo "$2" > "$R/alloc/$c/partition"
  fi
  [ "$2" != 0 ] && mount_image "$R/sub/partimg/$c.img" "$R/sub/part/$c"
  echo ok ;;
redirect) # C: overlay over the workspace; new writes and copy-ups land on the sub disk.
  c=$1; [ "$(fstype "$R/ws/$c")" = overlay ] && { echo already; exit 0; }
  mounted "$R/sub" || die "this node has no sub disk"
  u=$(upper_of "$c"); b mkdir -p "$u/upper" "$u/work"
  b mount -t overlay overlay -o "lowerdir=$R/mnt/$c/data,upperdir=$u/upper,workdir=$u/work" "$R/ws/$c" || die "overlay $c"
  [ -f "$R/alloc/$c/redirected" ] || now_ms > "$R/alloc/$c/redirected"
  echo ok ;;
status) # [THRESHOLD] one line per allotment: c mainKiB usedKiB redirected(0/1) upperKiB subKiB subFreeKiB crossedMs redirectedMs
  threshold=${1:-}
  for d in "$R"/alloc/*/; do
    [ -n "$threshold" ] && [ -d "$d" ] && echo "$threshold" > "$d/threshold"
    [ -d "$d" ] || continue; c=$(b basename "$d")
    # not mounted (a node restarted, the container not started again yet): nothing to read, and the
    # portal keeps what it last knew; the redirect mark, not the overlay, says where its files are
    mounted "$R/mnt/$c" || continue
    set -- $(b df -k "$R/mnt/$c" 2>/dev/null | b tail -n1); total=${2:-0}; used=${3:-0}
    red=0; [ -f "$d/redirected" ] && red=1
    u=$(upper_of "$c"); up=$(b du -sk "$u/upper" 2>/dev/null | b cut -f1); up=${up:-0}
    if mounted "$R/sub/part/$c"; then set -- $(b df -k "$R/sub/part/$c" | b tail -n1)
    elif mounted "$R/sub"; then set -- $(b df -k "$R/sub" | b tail -n1); else set -- x 0 0 0; fi
    echo "$c $total $used $red $up ${2:-0} ${4:-0} $(b cat "$d/crossed" 2>/dev/null || echo 0) $(b cat "$d/redirected" 2>/dev/null || echo 0)"
  done ;;
upgrade) # C NEW_MiB: with the container stopped, the merged view becomes a bigger main disk.
  lock
  c=$1; img="$R/main/$c.img"; new="$R/main/$c.new"
  # Run again after a portal died mid-way, it resumes: the workspace is mounted back as it was
  # (the overlay too while the sub disk still holds files), and a finished upgrade is left as it is.
  b sh "$0" "$R" create "$c" "$2" "$(b cat "$R/alloc/$c/threshold")" >/dev/null || die "mount $c"
  if [ -f "$R/alloc/$c/redirected" ] || [ "$(b stat -c %s "$img")" -lt $(( $2 * 1048576 )) ]; then
    unmount_image "$R/mnt/$c.new"
    new_image "$new" "$2"; mount_image "$new" "$R/mnt/$c.new"
    b mkdir -p "$R/mnt/$c.new/data"
    # The merged view already hides deleted files and shows whole copied-up files: copy it.
    b cp -a "$R/ws/$c/." "$R/mnt/$c.new/data/" || die "copy $c"
    b sync
    unmount_image "$R/mnt/$c.new"; b rmdir "$R/mnt/$c.new"
    while mounted "$R/ws/$c"; do b umount "$R/ws/$c" || die "umount ws $c"; done
    unmount_image "$R/mnt/$c"
    b mv "$new" "$img"
  fi
  u=$(upper_of "$c"); b rm -rf "$u"
  b rm -f "$R/alloc/$c/redirected" "$R/alloc/$c/crossed"
  [ -d "$R/sub/part/$c" ] && { unmount_image "$R/sub/part/$c"; b rm -f "$R/sub/partimg/$c.img"; }
  echo 0 > "$R/alloc/$c/partition"
  b sh "$0" "$R" create "$c" "$2" "$(b cat "$R/alloc/$c/threshold")" ;;
remove) # C: everything of one allotment, gone.
  c=$1
  while mounted "$R/ws/$c"; do b umount "$R/ws/$c" || b umount -l "$R/ws/$c"; done
  unmount_image "$R/mnt/$c"
  unmount_image "$R/sub/part/$c"
  b rm -rf "$R/main/$c.img" "$R/sub/partimg/$c.img" "$R/sub/pool/$c" "$R/sub/part/$c" "$R/mnt/$c" "$R/ws/$c" "$R/alloc/$c"
  echo ok ;;
watch) # PERIOD_S: the node-local watcher; redirects as soon as an allotment crosses its threshold.
  # It runs all the time on every node, so it is cheap: a pass costs one df for every allotment
  # still on its main disk and shell builtins otherwise (a process per allotment was 29 % of a core
  # for five allotments at 0.1 s), the pause is a builtin too (a timed read on a fifo nobody
  # writes), and it looks every PERIOD only when a writer at FAST KiB/s could reach a threshold
  # before the next look; an idle node is looked at every 2 s at most.
  fast=1048576; slowest=2000
  period_ms=$(b awk -v s="$1" 'BEGIN { printf "%d", s * 1000 }'); [ "$period_ms" -gt 0 ] || period_ms=100
  tick="$R/.hc/tick"; out="$R/.hc/watch.df"
  [ -p "$tick" ] || b mkfifo "$tick" || die "mkfifo $tick"
  while :; do
    set --
    for d in "$R"/alloc/*/; do
      [ -f "$d/threshold" ] && [ ! -f "$d/redirected" ] || continue
      d=${d%/}; set -- "$@" "$R/mnt/${d##*/}"
    done
    pause=$slowest
    # -P: one line per file system (busybox wraps long device names otherwise). A directory that is
    # not a mount point shows its parent's mount point, so only mounted allotments match below;
    # the sub disk comes first, and without it there is nowhere to redirect to.
    if [ $# -gt 0 ]; then
      b df -kP "$R/sub" "$@" > "$out" 2>/dev/null
      sub=0
      while read -r fs total used avail pct on; do
        case "$on" in
          "$R/sub") sub=1 ;;
          "$R"/mnt/*)
            [ $sub = 1 ] || continue
            c=${on##*/}; t=90
            read -r t < "$R/alloc/$c/threshold" 2>/dev/null
            case "$t" in ''|*[!0-9]*) t=90 ;; esac
            case "$total$used" in ''|*[!0-9]*) continue ;; esac
            [ "$total" -gt 0 ] || continue
            room=$(( total * t / 100 - used ))
            if [ "$room" -le 0 ]; then
              now_ms > "$R/alloc/$c/crossed"; b sh "$0" "$R" redirect "$c" >/dev/null 2>&1
            else
              soonest=$(( room * 1000 / fast ))
              [ "$soonest" -lt "$pause" ] && pause=$soonest
            fi ;;
        esac
      done < "$out"
    fi
    [ "$pause" -lt "$period_ms" ] && pause=$period_ms
    ms=$(( pause % 1000 )); case $ms in ?) ms=00$ms ;; ??) ms=0$ms ;; esac
    read -t "$(( pause / 1000 )).$ms" x <> "$tick"
  done ;;
*) die "unknown command $CMD" ;;
esac
