# The hc relay (P1.7): run by the portal in the leader container with stdin and stdout attached,
# over the engine's own API, so the container needs neither a network nor a credential. $1 is the
# text of the hc command, installed as /tmp/.hc/bin/hc. hc writes a request line into the FIFO
# /tmp/.hc/in; the relay hands each line to the portal on stdout, and writes each answer the
# portal sends on stdin ("ID BASE64") to /tmp/.hc/ans/ID, where hc waits for it.
d=${HC_ROOT:-/tmp/.hc}
mkdir -p "$d/bin" "$d/ans" || exit 1
# one relay per container: a second one (another portal instance) says so and leaves
running=$(cat "$d/relay.pid" 2>/dev/null)
if [ -n "$running" ] && kill -0 "$running" 2>/dev/null; then
    echo BUSY
    exit 0
fi
echo $$ >"$d/relay.pid"
printf '%s\n' "$1" >"$d/bin/hc.new" && chmod 755 "$d/bin/hc.new" && mv "$d/bin/hc.new" "$d/bin/hc"
[ -p "$d/in" ] || { rm -f "$d/in"; mkfifo -m 622 "$d/in"; }
echo READY
(
    # opened for reading and writing: the relay never sees an end of file between two hc calls
    exec 3<>"$d/in"
    while IFS= read -r line <&3; do
        printf '%s\n' "$line"
    done
) &
forward=$!
while IFS=' ' read -r id body; do
    case $id in
        '' | *[!0-9]*) continue ;;
    esac
    printf '%s' "$body" | base64 -d >"$d/ans/$id.new" 2>/dev/null
    mv "$d/ans/$id.new" "$d/ans/$id"
done
kill "$forward" 2>/dev/null
[ "$(cat "$d/relay.pid" 2>/dev/null)" = "$$" ] && rm -f "$d/relay.pid"
