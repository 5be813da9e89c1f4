# shellcheck shell=bash
# Compute nodes: one Docker engine (dockerd) per node, side by side on this machine.
# Node i listens on tcp://127.0.0.(10+i):2375 and unix:///run/hc-node<i>/docker.sock, keeps its
# images and containers in $VAR/nodes/node<i>, and gets the base image hyperchain/busybox:1 and the
# Debian template's image hyperchain/debian:12 imported (there is no registry to pull from).

NODE_IMAGE=hyperchain/busybox:1
IMAGE_DIR=$VAR/image
IMAGE_TAR=$IMAGE_DIR/busybox-rootfs.tar
# The Debian template (sql/V25): a minimal Debian 12 root filesystem from Debian's own packages.
DEBIAN_IMAGE=hyperchain/debian:12
DEBIAN_TAR=$IMAGE_DIR/debian-rootfs.tar
# What it holds: a shell (dash as sh, and bash), coreutils, grep, sed, find and the libraries they
# need (about 16 MB unpacked: it is imported into every engine at every test run, so it stays small).
DEBIAN_PACKAGES=(base-files libc6 libgcc-s1 dash bash libtinfo6 coreutils libacl1 libattr1 libgmp10
                 libselinux1 libpcre2-8-0 grep sed findutils debianutils)
# busybox applets linked into the image's /bin (only those this busybox build has).
IMAGE_APPLETS=(sh ash ls cat echo sleep dd df du mkdir rm cp mv ps top vi id whoami hostname
               uname env tail head grep sed awk wc touch chmod free uptime mount umount losetup
               mke2fs nsenter truncate tar date clear less more find kill
               base64 mkfifo tr md5sum nproc seq yes timeout)

node_addr()    { echo "127.0.0.$((10 + $1))"; }
node_host()    { echo "tcp://$(node_addr "$1"):2375"; }
node_rundir()  { echo "/run/hc-node$1"; }
node_pidfile() { echo "$RUN_DIR/node$1.pid"; }
node_log()     { echo "$LOG_DIR/node$1.log"; }
node_pid()     { pid_alive_from "$(node_pidfile "$1")" dockerd; }

# The comma-separated engine addresses of nodes 1..COUNT (HYPERCHAIN_NODE_HOSTS).
node_hosts() {
    local i hosts=()
    for ((i = 1; i <= $1; i++)); do hosts+=("$(node_host "$i")"); done
    (IFS=,; echo "${hosts[*]}")
}

# The docker client pointed at node I (explicit -H: a DOCKER_HOST in the caller's env is ignored).
node_docker() {
    local i=$1
    shift
    docker -H "$(node_host "$i")" "$@"
}

# A dockerd we did not start (no pid file of ours) may already serve node I: ours from a lost
# pid file (same data root: adopt it), or one of another checkout (stop it if takeover is
# allowed, else refuse). Succeeds if node I is now served by an adopted engine.
node_adopt_or_free() {
    local i=$1 pid cmd pids
    mapfile -t pids < <(find_procs dockerd "$(node_host "$i") ")
    for pid in "${pids[@]}"; do
        cmd=$(proc_cmdline "$pid")
        if [[ $cmd == *"--data-root $VAR/nodes/node$i "* ]]; then
            echo "$pid" >"$(node_pidfile "$i")"
            log "node$i: adopted running engine (pid $pid)"
            return 0
        elif takeover_allowed; then
            warn "node$i: stopping the engine of another checkout (pid $pid: $cmd)"
            stop_pids dockerd 60 "$pid"
        else
            die "node$i: $(node_host "$i") is served by another engine (pid $pid: $cmd); stop it or run with HYPERCHAIN_TAKEOVER=1"
        fi
    done
    if port_open "$(node_addr "$i")" 2375; then
        die "node$i: $(node_addr "$i"):2375 is in use by something that is not a HyperChain engine"
    fi
    return 1
}

# Launches the engine of node I in the background unless it already runs. Does not wait:
# the caller launches all engines first and then waits for them together.
node_launch() {
    local i=$1 pid rundir
    if pid=$(node_pid "$i"); then
        return 0
    fi
    node_adopt_or_free "$i" && return 0
    rundir=$(node_rundir "$i")
    mkdir -p "$rundir" "$VAR/nodes/node$i"
    # --bridge none / --iptables=false / --ip-masq=false / --ip6tables=false: engines must not
    #   touch the host's network (containers run with --network none or internal networks).
    # --exec-root / --pidfile: per-engine runtime state, else engines clash on /var/run/docker.
    # --containerd-namespace: each engine's own namespace inside its containerd, so nothing
    #   could ever mix even if engines shared a containerd.
    # --tls=false: plain TCP on loopback is intended; newer dockerd refuse a TCP host without
    #   TLS unless this is said explicitly (20.10 only logs a warning either way).
    spawn "$(node_log "$i")" dockerd \
        --host "unix://$rundir/docker.sock" --host "$(node_host "$i")" --tls=false \
        --data-root "$VAR/nodes/node$i" --exec-root "$rundir/exec" --pidfile "$rundir/docker.pid" \
        --bridge none --iptables=false --ip-masq=false --ip6tables=false \
        --containerd-namespace "hc-node$i" --containerd-plugins-namespace "hc-node$i-plugins"
    echo "$SPAWNED_PID" >"$(node_pidfile "$i")"
    log "node$i: starting engine (pid $SPAWNED_PID) on $(node_host "$i")"
}

# Waits until node I answers `docker info` (60 s at most).
node_wait() {
    local i=$1 pid deadline=$((SECONDS + 60))
    pid=$(tr -dc '0-9' <"$(node_pidfile "$i")")
    until node_docker "$i" info >/dev/null 2>&1; do
        if ! pid_running "$pid"; then
            tail -n 20 "$(node_log "$i")" >&2 || true
            die "node$i: engine exited during start (log: $(node_log "$i"))"
        fi
        if ((SECONDS >= deadline)); then
            tail -n 20 "$(node_log "$i")" >&2 || true
            die "node$i: engine did not answer within 60 s (log: $(node_log "$i"))"
        fi
        sleep 0.2
    done
}

# Builds the base image's root filesystem once and keeps it as a tar, so that importing into
# several engines in parallel reads one file instead of running tar for each.
image_build() {
    local rootfs=$IMAGE_DIR/rootfs applet applets
    # Rebuilt when busybox or this file (the applet list) is newer than the tar.
    [[ -s $IMAGE_TAR && $IMAGE_TAR -nt /bin/busybox && $IMAGE_TAR -nt ${BASH_SOURCE[0]} ]] && return 0
    log "building the base image root filesystem in $rootfs"
    rm -rf "$rootfs"
    mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp" "$rootfs/root"
    cp /bin/busybox "$rootfs/bin/busybox"
    applets=" $(/bin/busybox --list | tr '\n' ' ') "
    for applet in "${IMAGE_APPLETS[@]}"; do
        if [[ $applets == *" $applet "* ]]; then
            ln -s busybox "$rootfs/bin/$applet"
        else
            warn "busybox has no applet '$applet'; left out of the image"
        fi
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$rootfs/etc/passwd"
    echo 'root:x:0:' >"$rootfs/etc/group"
    chmod 1777 "$rootfs/tmp"
    chmod 700 "$rootfs/root"
    tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf "$IMAGE_TAR.tmp" .
    mv "$IMAGE_TAR.tmp" "$IMAGE_TAR"
}

# Downloads the Debian packages (with this Debian 12 machine's apt: the versions its lists name) into DIR;
# lists too old for the mirror are refreshed once.
debian_download() {
    local dir=$1
    (cd "$dir" && apt-get -q -o APT::Sandbox::User=root download "${DEBIAN_PACKAGES[@]}" >/dev/null 2>&1) && return 0
    apt-get -q update >/dev/null 2>&1 || return 1
    (cd "$dir" && apt-get -q -o APT::Sandbox::User=root download "${DEBIAN_PACKAGES[@]}" >/dev/null)
}

# Builds the Debian template's root filesystem once and keeps it as a tar, as the base image's: the
# packages unpacked (dpkg-deb -x, no maintainer scripts: nothing runs as root from them), /usr merged
# as Debian 12 installs it, documentation and translations left out. Fails (the caller warns) when
# the packages cannot be had; the template then waits for its image in the portal.
debian_image_build() {
    local rootfs=$IMAGE_DIR/debian-rootfs debs=$IMAGE_DIR/debian-debs deb d
    # Rebuilt when this file (the package list) is newer than the tar; delete the tar for newer packages.
    [[ -s $DEBIAN_TAR && $DEBIAN_TAR -nt ${BASH_SOURCE[0]} ]] && return 0
    command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || return 1
    log "building the Debian template's root filesystem in $rootfs"
    rm -rf "$rootfs" "$debs"
    mkdir -p "$rootfs" "$debs"
    debian_download "$debs" || return 1
    for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$rootfs" || return 1; done
    # dpkg-deb -x makes /bin, /lib, ... directories (a link in the way is replaced): merged afterwards
    for d in bin sbin lib lib64; do
        if [[ -d $rootfs/$d && ! -L $rootfs/$d ]]; then
            mkdir -p "$rootfs/usr/$d"
            cp -a "$rootfs/$d/." "$rootfs/usr/$d/"
            rm -rf "${rootfs:?}/$d"
        fi
        mkdir -p "$rootfs/usr/$d"
        ln -sfn "usr/$d" "$rootfs/$d"
    done
    # manuals, translations and iconv's modules are half the size and nothing here needs them; the
    # copyright files stay with the binaries
    rm -rf "$rootfs"/usr/share/{man,info,locale,lintian} "$rootfs"/usr/lib/*-linux-gnu/gconv
    find "$rootfs/usr/share/doc" -type f ! -name copyright -delete
    # what base-files' and base-passwd's installation scripts would write
    [[ -f $rootfs/usr/share/base-files/profile ]] && cp "$rootfs/usr/share/base-files/profile" "$rootfs/etc/profile"
    printf 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' >"$rootfs/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
    mkdir -p "$rootfs/tmp" "$rootfs/root"
    chmod 1777 "$rootfs/tmp"
    chmod 700 "$rootfs/root"
    tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf "$DEBIAN_TAR.tmp" . || return 1
    mv "$DEBIAN_TAR.tmp" "$DEBIAN_TAR"
    rm -rf "$debs" "$rootfs"
    log "Debian template image: $(du -h "$DEBIAN_TAR" | cut -f1)"
}

# Imports IMAGE from the root-filesystem tar TAR into node I unless it is already there from the same
# tar (its SHA-256 is the image's label io.hyperchain.tar: an engine kept from before a change of the
# image, such as new applets, gets the new one). CMD: the image's shell, for a person's `docker run`;
# the portal gives every container its own command.
node_ensure_image() {
    local i=$1 image=$2 tar=$3 shell=$4 sum
    sum=$(sha256sum "$tar" | cut -d' ' -f1)
    [[ $(node_docker "$i" image inspect -f '{{index .Config.Labels "io.hyperchain.tar"}}' "$image" 2>/dev/null) == "$sum" ]] &&
        return 0
    log "node$i: importing $image"
    node_docker "$i" import --change "CMD [\"$shell\"]" --change "LABEL io.hyperchain.tar=$sum" - "$image" <"$tar" >/dev/null ||
        die "node$i: could not import $image"
}

node_ensure_images() {
    local i=$1
    node_ensure_image "$i" "$NODE_IMAGE" "$IMAGE_TAR" /bin/sh
    if [[ -s $DEBIAN_TAR ]]; then
        node_ensure_image "$i" "$DEBIAN_IMAGE" "$DEBIAN_TAR" /bin/bash
    fi
}

# Starts nodes 1..COUNT (reusing those that run), all in parallel, and returns once every one
# answers and has the base image (and the Debian template's). Starting them one after another
# would cost several seconds each.
nodes_start() {
    local count=$1 i failed=()
    local -A waiters=()
    for ((i = 1; i <= count; i++)); do node_launch "$i"; done
    mkdir -p "$IMAGE_DIR"
    image_build
    debian_image_build || warn "the Debian template's image could not be built (no apt access to Debian 12?); $DEBIAN_IMAGE is not imported"
    for ((i = 1; i <= count; i++)); do
        (node_wait "$i"; node_ensure_images "$i") &
        waiters[$i]=$!
    done
    for ((i = 1; i <= count; i++)); do
        wait "${waiters[$i]}" || failed+=("node$i")
    done
    ((${#failed[@]} == 0)) || die "engines not ready: ${failed[*]}"
    log "engines ready: $(node_hosts "$count")"
}

# Node numbers that have a pid file of ours, in numeric order.
nodes_with_pidfiles() {
    local f
    for f in "$RUN_DIR"/node*.pid; do
        [[ -e $f ]] || continue
        f=${f##*/node}
        echo "${f%.pid}"
    done | sort -n
}

# Stops every engine we have a pid file for, all at once (each stops its containers first).
nodes_stop() {
    local i pid pids=() nums
    mapfile -t nums < <(nodes_with_pidfiles)
    for i in "${nums[@]}"; do
        if pid=$(node_pid "$i"); then
            log "node$i: stopping engine (pid $pid)"
            pids+=("$pid")
        fi
    done
    ((${#pids[@]} == 0)) || stop_pids dockerd 60 "${pids[@]}"
    for i in "${nums[@]}"; do rm -f "$(node_pidfile "$i")"; done
    ((${#pids[@]} > 0)) || log "no engine was running"
}

# One line per node: 1..COUNT and any other node with a pid file.
nodes_status() {
    local count=$1 i pid max=$1 nums
    mapfile -t nums < <(nodes_with_pidfiles)
    for i in "${nums[@]}"; do if ((i > max)); then max=$i; fi; done
    for ((i = 1; i <= max; i++)); do
        if pid=$(node_pid "$i"); then
            echo "node$i ($(node_host "$i")): running (pid $pid)"
        else
            echo "node$i ($(node_host "$i")): not running"
        fi
    done
}

# Removes every disk allotment under ROOT (the engines' node helpers of earlier runs, their
# overlay and loop mounts, the files) so that a test run starts from nothing. Engines 1..N.
storage_clean() {
    local root=$1 count=$2 i pass mounts
    for ((i = 1; i <= count; i++)); do
        node_docker "$i" ps -aq --filter label=io.hyperchain.helper | xargs -r docker -H "$(node_host "$i")" rm -f >/dev/null 2>&1 || true
    done
    # deepest first; a few passes, since an overlay or a loop mount may hold another
    for pass in 1 2 3; do
        mounts=$(awk -v r="$root" 'index($5, r) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
        [[ -z $mounts ]] && break
        for m in $mounts; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
    done
    rm -rf "$root"
    mkdir -p "$root"
}
