#!/usr/bin/env bash
# Drives the running Kratos and Hydra (./start.sh first) with curl and saves what they answer
# under fixtures/: for each exchange NAME, NAME.json (the response body, pretty-printed) and
# NAME.http (the request line, the response status line and response headers).
# Reference material for the emulator's authors; ids, tokens and times differ on every run.
#
#   ./start.sh && ./capture-fixtures.sh [output-dir]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

OUT="${1:-$SERVERS_DIR/fixtures}"
for tool in curl jq; do command -v "$tool" >/dev/null 2>&1 || { echo "capture-fixtures.sh: $tool is needed" >&2; exit 1; }; done
"$SERVERS_DIR/status.sh" kratos hydra >/dev/null || { echo "capture-fixtures.sh: start the servers first (./start.sh)" >&2; exit 1; }

mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
K="$KRATOS_PUBLIC_URL" KA="$KRATOS_ADMIN_URL" H="$HYDRA_PUBLIC_URL" HA="$HYDRA_ADMIN_URL"
EMAIL="fixture-$(date +%s)@example.com"
PASSWORD="correct-horse-battery-staple"

# ex NAME [curl args...]: one exchange, saved as NAME.json/NAME.http; the body is also left
# in $WORK/NAME.body for the next steps. Prints the HTTP status.
ex() {
  local name="$1"; shift
  local body="$WORK/$name.body" head="$WORK/$name.head" status
  status="$(curl -sS -o "$body" -D "$head" -w '%{http_code}' "$@")"
  {
    printf '# curl'; printf ' %q' "$@"; printf '\n'
    tr -d '\r' <"$head"
  } | sed "s#$WORK#\$WORK#g" >"$OUT/$name.http"
  if [[ -s "$body" ]] && jq . "$body" >/dev/null 2>&1; then jq . "$body" >"$OUT/$name.json"; else rm -f "$OUT/$name.json"; fi
  printf '%-40s %s\n' "$name" "$status" >&2
  echo "$status"
}
expect() { # name got want...
  local name="$1" got="$2"; shift 2
  for w in "$@"; do [[ "$got" == "$w" ]] && return 0; done
  echo "capture-fixtures.sh: $name answered $got, expected $*" >&2
  cat "$WORK/$name.body" >&2 || true
  exit 1
}
J=(-H 'Accept: application/json')
JP=(-H 'Accept: application/json' -H 'Content-Type: application/json')

# ---------------------------------------------------------------- Kratos, API flows
s=$(ex registration-api "${J[@]}" "$K/self-service/registration/api"); expect registration-api "$s" 200
flow=$(jq -r .id "$WORK/registration-api.body")

s=$(ex registration-api-submit-invalid "${JP[@]}" -X POST "$K/self-service/registration?flow=$flow" \
  -d '{"method":"password","traits":{"email":"not-an-email"},"password":"short"}')
expect registration-api-submit-invalid "$s" 400

s=$(ex registration-api-submit "${JP[@]}" -X POST "$K/self-service/registration?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" --arg p "$PASSWORD" '{method:"password",traits:{email:$e,name:{first:"Ada",last:"Lovelace"}},password:$p}')")
expect registration-api-submit "$s" 200
token=$(jq -r .session_token "$WORK/registration-api-submit.body")
identity_id=$(jq -r .identity.id "$WORK/registration-api-submit.body")

s=$(ex whoami-token "${J[@]}" -H "X-Session-Token: $token" "$K/sessions/whoami"); expect whoami-token "$s" 200
s=$(ex whoami-unauthorized "${J[@]}" "$K/sessions/whoami"); expect whoami-unauthorized "$s" 401

s=$(ex login-api "${J[@]}" "$K/self-service/login/api"); expect login-api "$s" 200
flow=$(jq -r .id "$WORK/login-api.body")
s=$(ex login-api-submit-invalid "${JP[@]}" -X POST "$K/self-service/login?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" '{method:"password",identifier:$e,password:"wrong-password-123"}')")
expect login-api-submit-invalid "$s" 400
s=$(ex login-api-submit "${JP[@]}" -X POST "$K/self-service/login?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" --arg p "$PASSWORD" '{method:"password",identifier:$e,password:$p}')")
expect login-api-submit "$s" 200
token=$(jq -r .session_token "$WORK/login-api-submit.body")

s=$(ex settings-api "${J[@]}" -H "X-Session-Token: $token" "$K/self-service/settings/api"); expect settings-api "$s" 200
flow=$(jq -r .id "$WORK/settings-api.body")
s=$(ex settings-api-submit-profile "${JP[@]}" -H "X-Session-Token: $token" -X POST "$K/self-service/settings?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" '{method:"profile",traits:{email:$e,name:{first:"Ada",last:"King"}}}')")
expect settings-api-submit-profile "$s" 200

s=$(ex recovery-api "${J[@]}" "$K/self-service/recovery/api"); expect recovery-api "$s" 200
flow=$(jq -r .id "$WORK/recovery-api.body")
s=$(ex recovery-api-submit-email "${JP[@]}" -X POST "$K/self-service/recovery?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" '{method:"code",email:$e}')")
expect recovery-api-submit-email "$s" 200
s=$(ex recovery-api-submit-wrong-code "${JP[@]}" -X POST "$K/self-service/recovery?flow=$flow" \
  -d '{"method":"code","code":"000000"}')
expect recovery-api-submit-wrong-code "$s" 200 400

s=$(ex verification-api "${J[@]}" "$K/self-service/verification/api"); expect verification-api "$s" 200
flow=$(jq -r .id "$WORK/verification-api.body")
s=$(ex verification-api-submit-email "${JP[@]}" -X POST "$K/self-service/verification?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" '{method:"code",email:$e}')")
expect verification-api-submit-email "$s" 200

s=$(ex logout-api "${JP[@]}" -X DELETE "$K/self-service/logout/api" -d "$(jq -n --arg t "$token" '{session_token:$t}')")
expect logout-api "$s" 204

# ---------------------------------------------------------------- Kratos, browser flows
jar="$WORK/cookies.txt"
s=$(ex login-browser "${J[@]}" -c "$jar" -b "$jar" "$K/self-service/login/browser"); expect login-browser "$s" 200
flow=$(jq -r .id "$WORK/login-browser.body")
csrf=$(jq -r '.ui.nodes[] | select(.attributes.name=="csrf_token") | .attributes.value' "$WORK/login-browser.body")
s=$(ex login-browser-get-flow "${J[@]}" -b "$jar" "$K/self-service/login/flows?id=$flow"); expect login-browser-get-flow "$s" 200
s=$(ex login-browser-get-flow-without-cookie "${J[@]}" "$K/self-service/login/flows?id=$flow")
expect login-browser-get-flow-without-cookie "$s" 200 403
s=$(ex login-browser-submit-without-csrf "${JP[@]}" -b "$jar" -X POST "$K/self-service/login?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" --arg p "$PASSWORD" '{method:"password",identifier:$e,password:$p}')")
expect login-browser-submit-without-csrf "$s" 403
s=$(ex login-browser-submit "${JP[@]}" -c "$jar" -b "$jar" -X POST "$K/self-service/login?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" --arg p "$PASSWORD" --arg c "$csrf" '{method:"password",identifier:$e,password:$p,csrf_token:$c}')")
expect login-browser-submit "$s" 200
s=$(ex whoami-cookie "${J[@]}" -b "$jar" "$K/sessions/whoami"); expect whoami-cookie "$s" 200

s=$(ex settings-browser "${J[@]}" -c "$jar" -b "$jar" "$K/self-service/settings/browser"); expect settings-browser "$s" 200
s=$(ex registration-browser-while-signed-in "${J[@]}" -c "$jar" -b "$jar" "$K/self-service/registration/browser")
expect registration-browser-while-signed-in "$s" 400
s=$(ex logout-browser "${J[@]}" -b "$jar" "$K/self-service/logout/browser"); expect logout-browser "$s" 200

jar2="$WORK/cookies2.txt"
s=$(ex registration-browser "${J[@]}" -c "$jar2" -b "$jar2" "$K/self-service/registration/browser"); expect registration-browser "$s" 200
s=$(ex recovery-browser "${J[@]}" -c "$jar2" -b "$jar2" "$K/self-service/recovery/browser"); expect recovery-browser "$s" 200
s=$(ex verification-browser "${J[@]}" -c "$jar2" -b "$jar2" "$K/self-service/verification/browser"); expect verification-browser "$s" 200
s=$(ex login-browser-redirect "-c" "$jar2" -b "$jar2" "$K/self-service/login/browser?return_to=$DEMO_URL/"); expect login-browser-redirect "$s" 303
s=$(ex login-browser-return-to-not-allowed "${J[@]}" -c "$jar2" -b "$jar2" "$K/self-service/login/browser?return_to=https://evil.example/")
expect login-browser-return-to-not-allowed "$s" 400

s=$(ex self-service-error "${J[@]}" "$K/self-service/errors?id=stub:500"); expect self-service-error "$s" 200
s=$(ex flow-not-found "${J[@]}" "$K/self-service/login/flows?id=00000000-0000-0000-0000-000000000000")
expect flow-not-found "$s" 404 410

# ---------------------------------------------------------------- Kratos, admin API
s=$(ex admin-identity-get "${J[@]}" "$KA/admin/identities/$identity_id"); expect admin-identity-get "$s" 200
s=$(ex admin-recovery-code "${JP[@]}" -X POST "$KA/admin/recovery/code" -d "$(jq -n --arg i "$identity_id" '{identity_id:$i,expires_in:"1h"}')")
expect admin-recovery-code "$s" 201 200
# Give the courier a moment to try sending (it retries while no SMTP server listens).
sleep 2
s=$(ex admin-courier-messages "${J[@]}" "$KA/admin/courier/messages"); expect admin-courier-messages "$s" 200 404

# ---------------------------------------------------------------- Hydra
s=$(ex hydra-openid-configuration "${J[@]}" "$H/.well-known/openid-configuration"); expect hydra-openid-configuration "$s" 200
s=$(ex hydra-jwks "${J[@]}" "$H/.well-known/jwks.json"); expect hydra-jwks "$s" 200
callback="$DEMO_URL/oauth2/callback"
s=$(ex hydra-client-create "${JP[@]}" -X POST "$HA/admin/clients" -d "$(jq -n --arg cb "$callback" '{
  client_name: "orykit e2e",
  grant_types: ["authorization_code", "refresh_token"],
  response_types: ["code", "id_token"],
  scope: "openid offline_access email profile",
  redirect_uris: [$cb],
  token_endpoint_auth_method: "client_secret_post"
}')")
expect hydra-client-create "$s" 201
client_id=$(jq -r .client_id "$WORK/hydra-client-create.body")
client_secret=$(jq -r .client_secret "$WORK/hydra-client-create.body")
s=$(ex hydra-client-list "${J[@]}" "$HA/admin/clients"); expect hydra-client-list "$s" 200

# The authorization-code flow with Kratos as Hydra's login provider (oauth2_provider.url).
hjar="$WORK/hydra-cookies.txt"
state="orykit-state-12345678"
s=$(ex hydra-oauth2-auth -c "$hjar" -b "$hjar" \
  "$H/oauth2/auth?client_id=$client_id&response_type=code&scope=openid%20offline_access&redirect_uri=$(jq -rn --arg u "$callback" '$u|@uri')&state=$state")
expect hydra-oauth2-auth "$s" 302 303
location=$(grep -i '^location:' "$WORK/hydra-oauth2-auth.head" | tr -d '\r' | cut -d' ' -f2-)
login_challenge=$(sed -n 's/.*login_challenge=\([^&]*\).*/\1/p' <<<"$location")
[[ -n "$login_challenge" ]] || { echo "capture-fixtures.sh: no login_challenge in $location" >&2; exit 1; }
s=$(ex hydra-admin-login-request "${J[@]}" "$HA/admin/oauth2/auth/requests/login?login_challenge=$login_challenge")
expect hydra-admin-login-request "$s" 200

kjar="$WORK/kratos-oauth2-cookies.txt"
s=$(ex login-browser-oauth2 "${J[@]}" -c "$kjar" -b "$kjar" "$K/self-service/login/browser?login_challenge=$login_challenge")
expect login-browser-oauth2 "$s" 200
flow=$(jq -r .id "$WORK/login-browser-oauth2.body")
csrf=$(jq -r '.ui.nodes[] | select(.attributes.name=="csrf_token") | .attributes.value' "$WORK/login-browser-oauth2.body")
# A native form POST (not JSON) is what continues the OAuth2 flow: Kratos accepts the login
# request at Hydra and redirects the browser back to Hydra.
s=$(ex login-browser-oauth2-submit-form -c "$kjar" -b "$kjar" -X POST "$K/self-service/login?flow=$flow" \
  --data-urlencode "method=password" --data-urlencode "identifier=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "csrf_token=$csrf")
expect login-browser-oauth2-submit-form "$s" 303 302
location=$(grep -i '^location:' "$WORK/login-browser-oauth2-submit-form.head" | tr -d '\r' | cut -d' ' -f2-)
s=$(ex hydra-oauth2-auth-after-login -c "$hjar" -b "$hjar" "$location"); expect hydra-oauth2-auth-after-login "$s" 302 303
location=$(grep -i '^location:' "$WORK/hydra-oauth2-auth-after-login.head" | tr -d '\r' | cut -d' ' -f2-)
consent_challenge=$(sed -n 's/.*consent_challenge=\([^&]*\).*/\1/p' <<<"$location")
[[ -n "$consent_challenge" ]] || { echo "capture-fixtures.sh: no consent_challenge in $location" >&2; exit 1; }
s=$(ex hydra-admin-consent-request "${J[@]}" "$HA/admin/oauth2/auth/requests/consent?consent_challenge=$consent_challenge")
expect hydra-admin-consent-request "$s" 200
s=$(ex hydra-admin-consent-accept "${JP[@]}" -X PUT "$HA/admin/oauth2/auth/requests/consent/accept?consent_challenge=$consent_challenge" \
  -d "$(jq -n --arg e "$EMAIL" '{grant_scope:["openid","offline_access"],remember:false,session:{id_token:{email:$e}}}')")
expect hydra-admin-consent-accept "$s" 200
location=$(jq -r .redirect_to "$WORK/hydra-admin-consent-accept.body")
s=$(ex hydra-oauth2-auth-after-consent -c "$hjar" -b "$hjar" "$location"); expect hydra-oauth2-auth-after-consent "$s" 302 303
location=$(grep -i '^location:' "$WORK/hydra-oauth2-auth-after-consent.head" | tr -d '\r' | cut -d' ' -f2-)
code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
[[ -n "$code" ]] || { echo "capture-fixtures.sh: no code in $location" >&2; exit 1; }
s=$(ex hydra-oauth2-token "${J[@]}" -X POST "$H/oauth2/token" --data-urlencode "grant_type=authorization_code" \
  --data-urlencode "code=$code" --data-urlencode "redirect_uri=$callback" \
  --data-urlencode "client_id=$client_id" --data-urlencode "client_secret=$client_secret")
expect hydra-oauth2-token "$s" 200
access_token=$(jq -r .access_token "$WORK/hydra-oauth2-token.body")
s=$(ex hydra-userinfo "${J[@]}" -H "Authorization: Bearer $access_token" "$H/userinfo"); expect hydra-userinfo "$s" 200
s=$(ex hydra-admin-introspect "${J[@]}" -X POST "$HA/admin/oauth2/introspect" --data-urlencode "token=$access_token")
expect hydra-admin-introspect "$s" 200

# The JSON submit of a login flow that carries a login_challenge, for comparison.
s=$(ex hydra-oauth2-auth-2 -c "$WORK/h2.txt" -b "$WORK/h2.txt" \
  "$H/oauth2/auth?client_id=$client_id&response_type=code&scope=openid&redirect_uri=$(jq -rn --arg u "$callback" '$u|@uri')&state=${state}2&prompt=login")
expect hydra-oauth2-auth-2 "$s" 302 303
location=$(grep -i '^location:' "$WORK/hydra-oauth2-auth-2.head" | tr -d '\r' | cut -d' ' -f2-)
login_challenge=$(sed -n 's/.*login_challenge=\([^&]*\).*/\1/p' <<<"$location")
kjar2="$WORK/kratos-oauth2-cookies-2.txt"
s=$(ex login-browser-oauth2-json "${J[@]}" -c "$kjar2" -b "$kjar2" "$K/self-service/login/browser?login_challenge=$login_challenge")
expect login-browser-oauth2-json "$s" 200
flow=$(jq -r .id "$WORK/login-browser-oauth2-json.body")
csrf=$(jq -r '.ui.nodes[] | select(.attributes.name=="csrf_token") | .attributes.value' "$WORK/login-browser-oauth2-json.body")
s=$(ex login-browser-oauth2-submit-json "${JP[@]}" -c "$kjar2" -b "$kjar2" -X POST "$K/self-service/login?flow=$flow" \
  -d "$(jq -n --arg e "$EMAIL" --arg p "$PASSWORD" --arg c "$csrf" '{method:"password",identifier:$e,password:$p,csrf_token:$c}')")
expect login-browser-oauth2-submit-json "$s" 200 422

# ---------------------------------------------------------------- no machine-specific paths
for p in "$HOME" "$ORYKIT_RUN_DIR" "$SERVERS_DIR" "$WORK"; do
  if grep -rlF -- "$p" "$OUT" >/dev/null 2>&1; then
    echo "capture-fixtures.sh: a fixture contains the local path $p:" >&2; grep -rlF -- "$p" "$OUT" >&2; exit 1
  fi
done
echo "capture-fixtures.sh: saved $(ls "$OUT" | wc -l) files in $OUT" >&2
