#!/usr/bin/env bash
# The whole test suite, as run by `npm test` and CI: type check, dataset check, unit tests, the build for
# Chromium and Firefox, web-ext lint, the corpus evaluation (when ../shared/corpus exists), the matching
# evaluation and the end-to-end tests in Debian's Chromium. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
results=.test-results
rm -rf "$results" && mkdir -p "$results"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
[ -d node_modules ] || npm ci

# A check that is not a test runner counts as one test: its name and exit status go to steps.tsv.
step() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then
    printf '%s\tpass\n' "$name" >>"$results/steps.tsv"
  else
    printf '%s\tfail\n' "$name" >>"$results/steps.tsv"
  fi
}

step typecheck npx tsc --noEmit -p .
step dataset-check npm run --silent dataset:check
echo "── unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
echo $? >"$results/unit.exit"
step build npm run --silent build
step firefox-lint bash -c 'npx web-ext lint --source-dir .output/firefox-mv2 --output json > .test-results/web-ext-lint.json; node -e "
  const r = JSON.parse(require(\"fs\").readFileSync(\".test-results/web-ext-lint.json\", \"utf8\"));
  console.log(\"web-ext lint: \" + r.summary.errors + \" errors, \" + r.summary.warnings + \" warnings\");
  for (const w of r.warnings) console.log(\"  warning \" + w.code + \" \" + (w.file || \"\"));
  process.exit(r.summary.errors === 0 ? 0 : 1);"'
if [ -d ../shared/corpus ] && [ -f scripts/eval-corpus.ts ]; then
  step corpus-eval npm run --silent eval:corpus -- ../shared/corpus --check
fi
step match-eval npm run --silent eval:match
echo "── end-to-end tests (Chromium)"
e2e_start=$(date +%s)
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results/e2e.json"
echo $? >"$results/e2e.exit"
echo "end-to-end wall time: $(($(date +%s) - e2e_start)) s"

node scripts/test-summary.mjs "$results"
