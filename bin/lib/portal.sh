# shellcheck shell=bash
# The portal: the Payara Micro uber jar built by Maven, run in the background with the
# HYPERCHAIN_* settings in its environment, state under $VAR/payara (not /tmp).

PORTAL_JAR=$ROOT/webapp/target/hyperchain-micro.jar
PORTAL_PIDFILE=$RUN_DIR/portal.pid
PORTAL_LOG=$LOG_DIR/portal.log
PORTAL_READY_TIMEOUT=240

portal_pid() { pid_alive_from "$PORTAL_PIDFILE" java; }
portal_url() { echo "http://127.0.0.1:$HYPERCHAIN_HTTP_PORT$1"; }

# Builds the jar only if it is missing; a developer rebuilds by hand (or deletes the jar).
portal_build() {
    [[ -f $PORTAL_JAR ]] && return 0
    log "building the portal: mvn -B -q -DskipTests install (a few minutes the first time)"
    (cd "$ROOT" && mvn -B -q -DskipTests install) || die "the build failed"
    [[ -f $PORTAL_JAR ]] || die "the build succeeded but $PORTAL_JAR is missing"
}

# Alone (no HYPERCHAIN_GRID_MEMBERS) the portal runs without a data grid; with members, it joins
# theirs by TCP/IP discovery only (never multicast), so live pages reach every instance (P4.5).
portal_grid_options() {
    if [[ -z $HYPERCHAIN_GRID_MEMBERS ]]; then
        echo --nocluster
    else
        echo --clustermode "tcpip:$HYPERCHAIN_GRID_MEMBERS" --interfaces "$HYPERCHAIN_GRID_INTERFACE" \
            --startport "$HYPERCHAIN_GRID_PORT" --clustername hyperchain
    fi
}

# Starts the portal unless it already runs. Sets PORTAL_STARTED=1 if this call started it.
portal_start() {
    local pid
    PORTAL_STARTED=0
    if pid=$(portal_pid); then
        log "portal already running (pid $pid)"
        return 0
    fi
    if port_open 127.0.0.1 "$HYPERCHAIN_HTTP_PORT"; then
        die "port $HYPERCHAIN_HTTP_PORT is in use by another program; set HYPERCHAIN_HTTP_PORT"
    fi
    # Payara Micro's root dir remembers the last start's application (domain.xml, applications/)
    # and deploys that copy at boot before the jar's own: a restart paid for two deployments and
    # could run a stale copy after a rebuild. Start from an empty one: all state is in MariaDB.
    rm -rf "$VAR/payara"
    mkdir -p "$VAR/payara"
    printf '\n===== hyperchain: portal start %s =====\n' "$(date '+%F %T')" >>"$PORTAL_LOG"
    # shellcheck disable=SC2046 # the grid options are separate words on purpose
    spawn "$PORTAL_LOG" java -Xmx1g -jar "$PORTAL_JAR" \
        --port "$HYPERCHAIN_HTTP_PORT" --rootdir "$VAR/payara" $(portal_grid_options)
    echo "$SPAWNED_PID" >"$PORTAL_PIDFILE"
    PORTAL_STARTED=1
    log "starting the portal (pid $SPAWNED_PID, log $PORTAL_LOG)"
}

# Waits until the login page answers 200. Probing a page, not the port, matters: Payara Micro
# logs "ready" and answers 404 when the deployment failed. On failure: log tail, stop the
# portal if this run started it (so the next `up` starts afresh), exit 1.
# The portal log is appended to across starts: this start's part begins at the last marker.
portal_log_since_start() {
    local from
    from=$(grep -n '===== hyperchain: portal start' "$PORTAL_LOG" 2>/dev/null | tail -n 1 | cut -d: -f1)
    tail -n +"${from:-1}" "$PORTAL_LOG" 2>/dev/null
}

portal_wait() {
    local pid code deadline=$((SECONDS + PORTAL_READY_TIMEOUT)) url why
    url=$(portal_url /login.xhtml)
    pid=$(tr -dc '0-9' <"$PORTAL_PIDFILE")
    log "waiting for $url (at most ${PORTAL_READY_TIMEOUT} s)"
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url") || code=000
        # the REST API must answer too (anonymous /me: 401): just after start Payara can still
        # fail a first request while it registers its request listeners
        if [[ $code == 200 ]] && [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 10 \
                "$(portal_url /api/v1/me)") == 401 ]]; then
            return 0
        fi
        if ! pid_running "$pid"; then
            why="the portal exited"
            break
        fi
        # a failed deployment never turns into a 200: stop waiting as soon as Payara says so
        if portal_log_since_start | grep -q 'Exception while loading the app'; then
            why="the portal's deployment failed (see the log above)"
            break
        fi
        if ((SECONDS >= deadline)); then
            why="no 200 from $url within ${PORTAL_READY_TIMEOUT} s (last answer: $code)"
            break
        fi
        sleep 1
    done
    printf -- '--- last lines of %s ---\n' "$PORTAL_LOG" >&2
    tail -n 60 "$PORTAL_LOG" >&2 || true
    if ((${PORTAL_STARTED:-0})); then
        stop_pids java 30 "$pid"
        rm -f "$PORTAL_PIDFILE"
    fi
    die "$why"
}

# The capacity local node I offers: 8 CPU, 16 GiB memory, 200 GiB disk, 50 GiB sub disk, or what
# this machine has where that is less. The portal refuses more than the engine reports; the local
# engines run here, so their NCPU and MemTotal are this machine's, and their disk is the file
# system of their --data-root (rounded down, as the portal rounds).
node_capacity_json() {
    local i=$1 cpu mem disk sub fs
    cpu=$(nproc); ((cpu > 8)) && cpu=8
    mem=$(awk '/^MemTotal:/ { print int($2 / 1048576) }' /proc/meminfo); ((mem > 16)) && mem=16
    fs=$(df -kP "$VAR/nodes/node$i" | awk 'END { print int($2 / 1048576) }')
    sub=$((fs / 5)); ((sub > 50)) && sub=50
    disk=$((fs - sub)); ((disk > 200)) && disk=200
    printf '"cpu":%d,"memoryGiB":%d,"diskGiB":%d,"subDiskGiB":%d' "$cpu" "$mem" "$disk" "$sub"
}

# Registers nodes 1..COUNT through the admin API. 201 (created) and 409 (already registered)
# are both fine, so running `up` again is harmless. The admin's credentials reach curl on its
# stdin (--config -), never on its command line.
portal_register_nodes() {
    local count=$1 i code body json
    body=$(mktemp)
    for ((i = 1; i <= count; i++)); do
        json=$(printf '{"name":"node-%d","dockerHost":"%s",%s}' \
            "$i" "$(node_host "$i")" "$(node_capacity_json "$i")")
        code=$(curl_user_config "$HYPERCHAIN_ADMIN_EMAIL" "$HYPERCHAIN_ADMIN_PASSWORD" |
            curl --config - -s -o "$body" -w '%{http_code}' --max-time 30 \
                -H 'Content-Type: application/json' -d "$json" "$(portal_url /api/v1/admin/nodes)") || code=000
        case $code in
            201) log "node-$i registered ($(node_host "$i"))" ;;
            409) log "node-$i already registered" ;;
            *) warn "node-$i: registration answered HTTP $code: $(head -c 2000 "$body")" ;;
        esac
    done
    rm -f "$body"
}

# Stops the portal by its pid file and waits for it to exit.
portal_stop() {
    local pid
    if ! pid=$(portal_pid); then
        log "portal is not running"
        rm -f "$PORTAL_PIDFILE"
        return 0
    fi
    log "stopping the portal (pid $pid)"
    stop_pids java 60 "$pid"
    rm -f "$PORTAL_PIDFILE"
}

portal_status() {
    local pid
    if pid=$(portal_pid); then
        echo "portal: running (pid $pid, http://localhost:$HYPERCHAIN_HTTP_PORT/)"
    else
        echo "portal: not running"
    fi
}
