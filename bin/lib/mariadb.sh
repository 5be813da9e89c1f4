# shellcheck shell=bash
# MariaDB: one server per HYPERCHAIN_VAR, data in $VAR/mariadb, started by hand (there is no
# systemd on these machines). Root is reached only over the unix socket; the application user
# (HYPERCHAIN_DB_USER) over TCP on 127.0.0.1:$HYPERCHAIN_DB_PORT.

DB_DATADIR=$VAR/mariadb
DB_SOCKET=$RUN_DIR/mariadb.sock
DB_PIDFILE=$RUN_DIR/mariadb.pid
DB_LOG=$LOG_DIR/mariadb.log
DB_MARKER=$DB_DATADIR/.hyperchain-installed   # written only after mariadb-install-db succeeded

db_pid() { pid_alive_from "$DB_PIDFILE" mariadbd; }

# Runs the SQL on stdin as root over the socket.
db_root() {
    mariadb --no-defaults --protocol=socket --socket="$DB_SOCKET" --user=root \
        --batch --skip-column-names
}

db_ping() {
    mariadb-admin --no-defaults --socket="$DB_SOCKET" --user=root --connect-timeout=2 ping \
        >/dev/null 2>&1
}

# A string as an SQL literal: backslashes and quotes escaped, so any password is safe.
sql_str() {
    local v=${1//\\/\\\\}
    printf "'%s'" "${v//\'/\'\'}"
}

# Database and user names go into SQL as identifiers: allow only plain names.
check_sql_name() {
    [[ $1 =~ ^[A-Za-z0-9_]{1,64}$ ]] || die "'$1' is not a plain database/user name ([A-Za-z0-9_])"
}

# Creates the data directory once. A directory without the marker is the remains of an
# interrupted install: it is moved aside (never deleted) and the install is done again.
db_install() {
    [[ -f $DB_MARKER ]] && return 0
    if [[ -e $DB_DATADIR ]]; then
        local aside
        aside=$DB_DATADIR.incomplete.$(date +%Y%m%d-%H%M%S)
        warn "$DB_DATADIR looks like an interrupted install; moving it to $aside"
        mv "$DB_DATADIR" "$aside"
    fi
    log "creating the MariaDB data directory $DB_DATADIR"
    mariadb-install-db --no-defaults --user=root --datadir="$DB_DATADIR" \
        --auth-root-authentication-method=normal --skip-test-db \
        >"$LOG_DIR/mariadb-install.log" 2>&1 ||
        { tail -n 30 "$LOG_DIR/mariadb-install.log" >&2; die "mariadb-install-db failed"; }
    touch "$DB_MARKER"
}

# Our server is not running but the port answers: say who holds it, or stop a stale MariaDB
# of another HyperChain checkout when takeover is allowed (see takeover_allowed).
db_free_port() {
    local port=$HYPERCHAIN_DB_PORT pids
    port_open 127.0.0.1 "$port" || return 0
    mapfile -t pids < <(find_procs mariadbd "--port=$port")
    if ((${#pids[@]} == 0)); then
        die "port $port is in use by something that is not MariaDB; set HYPERCHAIN_DB_PORT"
    fi
    if takeover_allowed; then
        warn "stopping a MariaDB of another checkout on port $port (pid ${pids[*]}: $(proc_cmdline "${pids[0]}"))"
        stop_pids mariadbd 120 "${pids[@]}"
    else
        die "port $port is held by another MariaDB (pid ${pids[*]}: $(proc_cmdline "${pids[0]}")); stop it (or run with HYPERCHAIN_TAKEOVER=1, or set HYPERCHAIN_DB_PORT)"
    fi
}

# Starts MariaDB unless it already runs, waits until it answers, then makes sure the
# application user and database exist. Idempotent and quick when the server already runs.
db_start() {
    local pid deadline
    check_sql_name "$HYPERCHAIN_DB_USER"
    check_sql_name "$HYPERCHAIN_DB_NAME"
    # A unix socket path is limited to 107 bytes; fail clearly instead of with a cryptic error.
    ((${#DB_SOCKET} < 108)) || die "socket path too long ($DB_SOCKET); use a shorter HYPERCHAIN_VAR"
    if pid=$(db_pid); then
        # A server started with another HYPERCHAIN_DB_PORT would not be where the settings say.
        [[ $(proc_cmdline "$pid") == *" --port=$HYPERCHAIN_DB_PORT "* ]] ||
            die "MariaDB (pid $pid) runs on another port than $HYPERCHAIN_DB_PORT; run bin/hyperchain restart-db"
        log "MariaDB already running (pid $pid)"
    else
        db_free_port
        db_install
        rm -f "$DB_SOCKET" "$DB_PIDFILE"
        spawn "$LOG_DIR/mariadb.out" mariadbd --no-defaults --user=root \
            --datadir="$DB_DATADIR" --socket="$DB_SOCKET" \
            --port="$HYPERCHAIN_DB_PORT" --bind-address=127.0.0.1 \
            --pid-file="$DB_PIDFILE" --log-error="$DB_LOG" \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
            --max-connections=500 --innodb-flush-log-at-trx-commit=1 \
            --skip-name-resolve
        pid=$SPAWNED_PID
        # mariadbd writes the same pid itself a moment later; writing it now closes the window
        # in which a concurrent `status` or `down` would not find it.
        echo "$pid" >"$DB_PIDFILE"
        log "starting MariaDB (pid $pid, port $HYPERCHAIN_DB_PORT)"
    fi
    # Crash recovery after a kill can take a while, hence the generous limit.
    deadline=$((SECONDS + 120))
    until db_ping; do
        if ! pid_running "$pid"; then
            tail -n 30 "$DB_LOG" >&2 2>/dev/null || true
            die "MariaDB exited during start (log: $DB_LOG)"
        fi
        ((SECONDS < deadline)) || { tail -n 30 "$DB_LOG" >&2; die "MariaDB did not answer within 120 s"; }
        sleep 0.1
    done
    db_bootstrap
}

# Idempotent: the application user on 127.0.0.1 (TCP) and localhost (socket) with the current
# password (ALTER, so a changed HYPERCHAIN_DB_PASSWORD takes effect), and the main database.
db_bootstrap() {
    local user pw host sql=""
    user=$(sql_str "$HYPERCHAIN_DB_USER")
    pw=$(sql_str "$HYPERCHAIN_DB_PASSWORD")
    for host in "'127.0.0.1'" "'localhost'"; do
        sql+="CREATE USER IF NOT EXISTS $user@$host IDENTIFIED BY $pw;"
        sql+="ALTER USER $user@$host IDENTIFIED BY $pw;"
        sql+="GRANT ALL PRIVILEGES ON *.* TO $user@$host;"
    done
    sql+="CREATE DATABASE IF NOT EXISTS \`$HYPERCHAIN_DB_NAME\`"
    sql+=" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    db_root <<<"$sql" || die "could not create the MariaDB user/database (log: $DB_LOG)"
    db_root_socket_only
}

# mariadb-install-db also creates password-less root accounts for 127.0.0.1, ::1 and the host
# name, i.e. reachable over TCP. Drop them: root is meant to come over the socket only
# ('localhost' matches only socket connections, given --skip-name-resolve).
db_root_socket_only() {
    local host hosts sql=""
    hosts=$(db_root <<<"SELECT host FROM mysql.user WHERE user='root' AND host<>'localhost'")
    for host in $hosts; do sql+="DROP USER 'root'@$(sql_str "$host");"; done
    [[ -z $sql ]] || db_root <<<"$sql" || die "could not drop the TCP root accounts"
}

# Drops and creates database NAME (used by `test` for a clean hyperchain_test).
db_recreate() {
    check_sql_name "$1"
    db_root <<<"DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" ||
        die "could not recreate database $1"
}

# Stops our MariaDB by its pid file and waits until it has exited (a clean InnoDB shutdown).
db_stop() {
    local pid
    if ! pid=$(db_pid); then
        log "MariaDB is not running"
        rm -f "$DB_PIDFILE"
        return 0
    fi
    log "stopping MariaDB (pid $pid)"
    stop_pids mariadbd 120 "$pid"
    rm -f "$DB_PIDFILE"
}

db_status() {
    local pid
    if pid=$(db_pid); then
        echo "MariaDB: running (pid $pid, 127.0.0.1:$HYPERCHAIN_DB_PORT)"
    else
        echo "MariaDB: not running"
    fi
}
