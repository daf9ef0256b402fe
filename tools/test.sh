#!/usr/bin/env bash
# `npm test`: the whole check, from a fresh clone or CI=true.
#   deps -> typecheck -> lint -> unit -> build (static site in out/) -> budget -> e2e
# Fails fast. Installs node_modules, Debian's chromium, a Chinese font, nginx and its
# brotli_static module only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export E2E_PORT="${E2E_PORT:-3100}"
export E2E_NGINX_PORT="${E2E_NGINX_PORT:-3105}"
export BUDGET_PORT="${BUDGET_PORT:-3101}"
T0=$(date +%s)
step() { printf '\n==> %s  (+%ss)\n' "$*" "$(( $(date +%s) - T0 ))"; }

if [ ! -x node_modules/.bin/next ] || [ ! -x node_modules/.bin/playwright ]; then
  step "npm ci (node_modules missing)"
  # The same install as .ci/run: exactly the committed lockfile.
  npm ci --no-audit --no-fund
fi

have_cjk_font() {
  dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed" ||
    dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q "install ok installed"
}
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
have_cjk_font || missing+=(fonts-wqy-microhei)
# The e2e suite also serves out/ with nginx and the shipped config (deploy/nginx/).
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # Another apt run may hold the lock for a while (first boot, unattended upgrades): retry.
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
      break
    fi
    [ "$attempt" -lt 10 ] || { echo "apt-get install failed" >&2; exit 1; }
    echo "apt-get busy or failed; retrying in 15 s ($attempt/10)"
    sleep 15
  done
fi

mkdir -p reports

step "typecheck"
node_modules/.bin/next typegen >/dev/null
npm run --silent typecheck

step "lint"
npm run --silent lint

step "unit tests (vitest)"
node_modules/.bin/vitest run --passWithNoTests --reporter=default --reporter=json --outputFile.json=reports/vitest.json

step "build (next build -> out/, then build/postbuild.mjs: reading pages without scripts, meta CSPs, .br/.gz)"
npm run --silent build

step "unit tests over the built site (both scripts; skipped above when there was no out/)"
SITE_BUILT=1 node_modules/.bin/vitest run tests/unit/traditional/pages.test.ts --reporter=default --reporter=json --outputFile.json=reports/vitest-built.json

step "budget"
node tools/budget.mjs

step "e2e (playwright: full suite against npm start's server, serving set against nginx)"
rm -f reports/e2e-summary.json
node_modules/.bin/playwright test

# One closing line over unit + e2e.
node -e '
const fs = require("fs");
const u0 = JSON.parse(fs.readFileSync("reports/vitest.json", "utf8"));
const b = JSON.parse(fs.readFileSync("reports/vitest-built.json", "utf8"));
const u = Object.fromEntries(["numPassedTests", "numFailedTests", "numPendingTests", "numTodoTests", "numTotalTests"].map((k) => [k, (u0[k] ?? 0) + (b[k] ?? 0)]));
const e = JSON.parse(fs.readFileSync("reports/e2e-summary.json", "utf8"));
const passed = u.numPassedTests + e.passed;
const failed = u.numFailedTests + e.failed;
const skipped = (u.numPendingTests ?? 0) + (u.numTodoTests ?? 0) + e.skipped;
console.log(`\nunit ${u.numPassedTests}/${u.numTotalTests}, e2e ${e.passed}/${e.passed + e.failed} (+${e.skipped} skipped), '"$(( $(date +%s) - T0 ))"'s`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
'
