# shellcheck shell=bash
# Shared helpers for bin/hyperchain: paths, settings, logging, pid files, packages, secrets, locking.
# Sourced, never run; expects ROOT to be set by bin/hyperchain.

# --- paths ------------------------------------------------------------------------------------
# Absolute, so daemons started from here never depend on the caller's working directory.
VAR=$(realpath -m "${HYPERCHAIN_VAR:-$ROOT/var}")
LOG_DIR=$VAR/log
RUN_DIR=$VAR/run
SECRETS_DIR=$VAR/secrets

# --- messages (always on stderr, so `eval "$(bin/hyperchain env)"` sees only exports) ----------
log()  { printf 'hyperchain: %s\n' "$*" >&2; }
warn() { printf 'hyperchain: WARNING: %s\n' "$*" >&2; }
die()  { printf 'hyperchain: ERROR: %s\n' "$*" >&2; exit 1; }

ensure_dirs() {
    mkdir -p "$LOG_DIR" "$RUN_DIR" "$SECRETS_DIR"
    chmod 700 "$SECRETS_DIR"
}

# --- secrets ----------------------------------------------------------------------------------
# Prints the secret NAME from $VAR/secrets, generating it once (mode 600) if it does not exist yet.
secret() {
    local file=$SECRETS_DIR/$1
    if [[ ! -s $file ]]; then
        ensure_dirs
        # umask in a subshell: the file is never readable by others, not even for an instant.
        # ln fails if the file exists, so two first runs at once still agree on one secret.
        (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=\n' >"$file.$$" &&
            { ln "$file.$$" "$file" 2>/dev/null || true; } && rm -f "$file.$$")
    fi
    cat "$file"
}

# Prints a curl config line (for `curl --config -`, read from stdin) that sends USER:PASSWORD as
# HTTP Basic. A password given with `curl -u` would sit on curl's command line, which `ps` shows
# to every user of the machine; printf is a builtin, so the password passes through no command line.
curl_user_config() {
    local credentials="$1:$2"
    [[ $credentials != *$'\n'* ]] || die "a user name or password with a line break cannot be sent to curl"
    credentials=${credentials//\\/\\\\}      # curl unquotes \\ and \" inside "..."
    credentials=${credentials//\"/\\\"}
    printf 'user = "%s"\n' "$credentials"
}

# Whether setting NAME holds a secret: `env` shows such values only when asked (--show-secrets).
is_secret_setting() { [[ $1 == *PASSWORD* || $1 == *SECRET* || $1 == *TOKEN* ]]; }

# --- settings ---------------------------------------------------------------------------------
# Fills every HYPERCHAIN_* setting with its default unless the environment already gives one,
# and exports them so the portal, Maven and the tests see the same values.
load_settings() {
    : "${HYPERCHAIN_HOME:=$ROOT}"
    HYPERCHAIN_VAR=$VAR
    : "${HYPERCHAIN_HTTP_PORT:=8080}"
    : "${HYPERCHAIN_DB_HOST:=127.0.0.1}"
    : "${HYPERCHAIN_DB_PORT:=3307}"
    : "${HYPERCHAIN_DB_NAME:=hyperchain}"
    : "${HYPERCHAIN_DB_USER:=hyperchain}"
    : "${HYPERCHAIN_ADMIN_EMAIL:=admin@hyperchain.local}"
    : "${HYPERCHAIN_NODE_COUNT:=3}"
    : "${HYPERCHAIN_SMTP_HOST:=127.0.0.1}"
    : "${HYPERCHAIN_SMTP_PORT:=25}"
    : "${HYPERCHAIN_STORAGE_ROOT:=$VAR/storage}"
    : "${HYPERCHAIN_MAIL_FROM:=HyperChain <no-reply@hyperchain.local>}"
    : "${HYPERCHAIN_PUBLIC_URL:=http://localhost:$HYPERCHAIN_HTTP_PORT}"
    : "${HYPERCHAIN_GRID_MEMBERS:=}"
    : "${HYPERCHAIN_GRID_PORT:=6900}"
    : "${HYPERCHAIN_GRID_INTERFACE:=127.0.0.1}"
    : "${HYPERCHAIN_TEMPLATES_MAXUPLOADMIB:=512}"
    if [[ -z ${HYPERCHAIN_DB_PASSWORD:-} ]]; then HYPERCHAIN_DB_PASSWORD=$(secret db-password); fi
    if [[ -z ${HYPERCHAIN_ADMIN_PASSWORD:-} ]]; then HYPERCHAIN_ADMIN_PASSWORD=$(secret admin-password); fi
    check_node_count "$HYPERCHAIN_NODE_COUNT"
    : "${HYPERCHAIN_NODE_HOSTS:=$(node_hosts "$HYPERCHAIN_NODE_COUNT")}"
    export "${SETTINGS[@]}"
}

# The settings, in the order `env` prints them.
SETTINGS=(HYPERCHAIN_HOME HYPERCHAIN_VAR HYPERCHAIN_HTTP_PORT HYPERCHAIN_DB_HOST HYPERCHAIN_DB_PORT
          HYPERCHAIN_DB_NAME HYPERCHAIN_DB_USER HYPERCHAIN_DB_PASSWORD HYPERCHAIN_ADMIN_EMAIL
          HYPERCHAIN_ADMIN_PASSWORD HYPERCHAIN_NODE_COUNT HYPERCHAIN_NODE_HOSTS HYPERCHAIN_SMTP_HOST
          HYPERCHAIN_SMTP_PORT HYPERCHAIN_MAIL_FROM HYPERCHAIN_PUBLIC_URL HYPERCHAIN_STORAGE_ROOT
          HYPERCHAIN_GRID_MEMBERS HYPERCHAIN_GRID_PORT HYPERCHAIN_GRID_INTERFACE
          HYPERCHAIN_TEMPLATES_MAXUPLOADMIB)

# Plain values are printed as they are (readable, easy to parse); anything else single-quoted,
# so eval is safe whatever a value given in the environment holds. Secrets are printed only when
# the argument is 1 (`env --show-secrets`); otherwise as a comment, so that an eval never sets a
# password to the mask (the next `up` would make that the database's password).
print_settings() {
    local name value q="'" show_secrets=${1:-0}
    for name in "${SETTINGS[@]}"; do
        value=${!name}
        if is_secret_setting "$name" && ((!show_secrets)); then
            printf '# export %s=******** (hidden; bin/hyperchain env --show-secrets prints it)\n' "$name"
        elif [[ $value =~ ^[A-Za-z0-9_./:,@%+=-]*$ ]]; then
            printf 'export %s=%s\n' "$name" "$value"
        else
            printf "export %s='%s'\n" "$name" "${value//$q/$q\\$q$q}"
        fi
    done
}

# Engines live on 127.0.0.11..; keep the count in a range that stays inside that block.
check_node_count() {
    if ! [[ $1 =~ ^[0-9]+$ ]] || (($1 < 1 || $1 > 40)); then
        die "node count must be 1..40, not '$1'"
    fi
}

# --- processes --------------------------------------------------------------------------------
# Prints the pid in PIDFILE and succeeds if that process is alive and its command is COMM.
# Checking the command guards against a stale pid file whose pid now belongs to something else;
# checking for zombies matters because PID 1 on these machines does not always reap orphans.
pid_alive_from() {
    local pidfile=$1 comm=$2 pid
    [[ -r $pidfile ]] || return 1
    pid=$(tr -dc '0-9' <"$pidfile")
    [[ -n $pid ]] && proc_is "$pid" "$comm" || return 1
    echo "$pid"
}

# Succeeds if process PID exists and is not a zombie (which kill -0 would still report alive).
# Builtins only (no fork): find_procs calls this for every process on the machine.
pid_running() {
    local stat state
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    state=${stat##*) }          # the command name in (...) may itself hold spaces
    state=${state%% *}
    [[ -n $state && $state != Z && $state != X ]]
}

# Succeeds if process PID is running and its command name is COMM.
proc_is() {
    local comm
    { read -r comm <"/proc/$1/comm"; } 2>/dev/null || return 1
    [[ $comm == "$2" ]] && pid_running "$1"
}

# The NUL-separated command line of PID as one space-separated string.
proc_cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true; }

# Pids of live processes named COMM whose command line contains every given fragment.
find_procs() {
    local comm=$1 dir pid cmd frag ok
    shift
    for dir in /proc/[0-9]*; do
        pid=${dir#/proc/}
        proc_is "$pid" "$comm" || continue
        cmd=$(proc_cmdline "$pid")
        ok=1
        for frag in "$@"; do [[ $cmd == *"$frag"* ]] || ok=0; done
        ((ok)) && echo "$pid"
    done
    return 0
}

# Sends SIGTERM to the given pids (those still named COMM), waits up to TIMEOUT seconds for all
# to exit, then SIGKILLs what is left. Usage: stop_pids COMM TIMEOUT PID...
stop_pids() {
    local comm=$1 timeout=$2 pid left deadline
    shift 2
    for pid in "$@"; do
        if proc_is "$pid" "$comm"; then kill -TERM "$pid" 2>/dev/null || true; fi
    done
    deadline=$((SECONDS + timeout))
    while :; do
        left=()
        for pid in "$@"; do proc_is "$pid" "$comm" && left+=("$pid"); done
        ((${#left[@]} == 0)) && return 0
        if ((SECONDS >= deadline)); then
            warn "$comm (pid ${left[*]}) did not stop within ${timeout}s; killing it"
            kill -KILL "${left[@]}" 2>/dev/null || true
            sleep 1
            return 0
        fi
        sleep 0.1
    done
}

# Starts a daemon detached from this shell: its own session (so a Ctrl-C or a job-control kill
# of the caller does not take it down), stdin from /dev/null and output to LOGFILE (so a caller
# that reads our output through a pipe is never kept waiting by the daemon holding it), and the
# lock descriptor closed (else the daemon would hold our lock for its whole life).
# Usage: spawn LOGFILE CMD ARGS...; sets SPAWNED_PID.
spawn() {
    local logfile=$1
    shift
    setsid "$@" </dev/null >>"$logfile" 2>&1 9>&- &
    # shellcheck disable=SC2034  # read by the callers in the other lib files
    SPAWNED_PID=$!
}

# Whether TCP port PORT on HOST accepts connections (bash's /dev/tcp: no extra tool needed).
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Stale daemons of another HyperChain checkout (another HYPERCHAIN_VAR) may hold our addresses,
# e.g. when CI runs in a fresh clone on a machine a developer session used. In CI (or with
# HYPERCHAIN_TAKEOVER=1) we stop them; otherwise we refuse and say how to stop them.
takeover_allowed() { [[ ${HYPERCHAIN_TAKEOVER:-} == 1 || (${CI:-} == true && ${HYPERCHAIN_TAKEOVER:-} != 0) ]]; }

# --- locking ----------------------------------------------------------------------------------
# Serialises the start/stop sections of concurrent invocations (e.g. `up` while `test` starts),
# so two of them never launch the same daemon twice. Held on fd 9, only around short sections:
# never while Maven runs, so a test may call `restart-db` meanwhile.
lock() {
    ensure_dirs
    exec 9>"$RUN_DIR/hyperchain.lock"
    if ! flock -w 600 9; then die "another bin/hyperchain has held $RUN_DIR/hyperchain.lock for 10 minutes"; fi
}
unlock() { exec 9>&-; }

# --- packages ---------------------------------------------------------------------------------
# Installs the Debian packages given that are not installed yet; does nothing (and needs no
# network) when all are there. `apt-get update` runs only when something is missing.
ensure_packages() {
    local pkg missing=()
    ensure_dirs
    for pkg in "$@"; do
        [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null) == ii* ]] || missing+=("$pkg")
    done
    # Tools that may come from outside dpkg (e.g. a Maven or JDK unpacked by hand) count if present.
    command -v mvn >/dev/null || missing+=(maven)
    command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
    ((${#missing[@]} == 0)) && return 0
    log "installing missing packages: ${missing[*]}"
    # Wait for a dpkg lock held by another apt run instead of failing at once.
    apt-get -o DPkg::Lock::Timeout=600 update -q >"$LOG_DIR/apt.log" 2>&1 ||
        { tail -n 20 "$LOG_DIR/apt.log" >&2; die "apt-get update failed (log: $LOG_DIR/apt.log)"; }
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}" \
        >>"$LOG_DIR/apt.log" 2>&1 ||
        { tail -n 20 "$LOG_DIR/apt.log" >&2; die "apt-get install failed (log: $LOG_DIR/apt.log)"; }
}

# Formats a duration in seconds as XmYs.
fmt_duration() { printf '%dm%ds' $(($1 / 60)) $(($1 % 60)); }
