#!/usr/bin/env bash
# Audits the bundled samples (or the inputs given) and takes a screenshot of report.html in
# headless Chromium, to look at the report as a QA lead would. Not part of the test suite:
# it needs Chromium (Debian: apt-get install -y chromium) and a built jar
# (mvn -B -q package -DskipTests at the project root).
#
#   rules-examples/scripts/screenshot-report.sh [OUTPUT.png] [PATH...]
#
# Default output: docs/report.png; default input: rules-examples/samples. The flags keep
# Chromium off the network: the report must render from the file alone.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
png="${1:-$root/docs/report.png}"
shift || true
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$root/rules-examples/samples")
jar="$root/rules-examples/target/strategycheck.jar"
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium_bin" ] || { echo "Chromium is not installed (Debian: apt-get install -y chromium)" >&2; exit 2; }

out="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$out" "$profile"' EXIT
java -jar "$jar" audit "${inputs[@]}" --out "$out" --quiet || [ $? -eq 1 ]
mkdir -p "$(dirname "$png")"
"$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --screenshot="$png" \
  --window-size="${WINDOW_SIZE:-1280,2400}" "file://$out/report.html" 2>/dev/null
echo "wrote $png"
