# Task $1's output from byte $2: a first line "STATE CODE FROM" (FROM: the byte the rest starts at,
# later than asked when that part was dropped), then the bytes. Exit 3: no such task here.
d=$HC_ROOT/tasks/$1
[ -d "$d" ] || exit 3
state_of "$d"
first_of "$d"
from=$2
[ "$from" -lt "$first" ] && from=$first
echo "$state $code $from"
output_of "$d" "$from"
