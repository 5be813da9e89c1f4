# shellcheck shell=bash
# Sourced by the benchmarks that act as a tenant: signs up a fresh tenant on the portal at $url, has
# the admin vouch for its address (an unverified tenant may not request or start), logs in with a
# cookie in $jar and defines post URL-PATH JSON and get URL-PATH. Needs $url, $jar and json().
email="bench-$(date +%s%N)@example.com"
password="benchmark password"
curl -sf -o /dev/null -H 'Content-Type: application/json' \
     -d "{\"tenantName\":\"Bench $RANDOM$RANDOM\",\"email\":\"$email\",\"password\":\"$password\"}" "$url/api/v1/signup"
# the admin's password on curl's stdin, never on its command line
admin_password=${HYPERCHAIN_ADMIN_PASSWORD:-$(cat "$HYPERCHAIN_VAR/secrets/admin-password")}
admin_user="$HYPERCHAIN_ADMIN_EMAIL:$admin_password"
admin_user=${admin_user//\\/\\\\}
admin_user=${admin_user//\"/\\\"}
printf 'user = "%s"\n' "$admin_user" | curl -sf -o /dev/null --config - -X POST "$url/api/v1/admin/users/$email/verify"
csrf=$(curl -sf -c "$jar" -u "$email:$password" "$url/api/v1/me" | json 'd["csrfToken"]')
post() { curl -sf -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -d "$2" "$url/api/v1/$1"; }
get() { curl -sf -b "$jar" "$url/api/v1/$1"; }
