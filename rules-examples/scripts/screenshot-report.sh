#!/usr/bin/env bash
# Audits the bundled samples (or the inputs given), then looks at report.html as a QA lead would:
# a screenshot of the page in headless Chromium, the page printed to PDF on A4, the number of
# printed pages (and of the board summary, which must fit on 4), and PNGs of the printed pages.
# Not part of the test suite: it needs Chromium and poppler-utils (Debian: apt-get install -y
# chromium poppler-utils) and a built jar (mvn -B -q package -DskipTests at the project root).
#
#   rules-examples/scripts/screenshot-report.sh [OUTPUT-PREFIX] [AUDIT-OPTIONS-AND-PATHS...]
#
# Default prefix: docs/report (docs/report.png, docs/report.pdf, docs/report-a4-1.png, ...);
# default input: rules-examples/samples. The flags keep Chromium off the network: the report must
# render from the file alone.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
prefix="${1:-$root/docs/report}"
shift || true
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$root/rules-examples/samples")
jar="$root/rules-examples/target/strategycheck.jar"
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium_bin" ] || { echo "Chromium is not installed (Debian: apt-get install -y chromium)" >&2; exit 2; }
command -v pdfinfo >/dev/null || { echo "poppler-utils is not installed (apt-get install -y poppler-utils)" >&2; exit 2; }

out="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$out" "$profile"' EXIT
java -jar "$jar" audit "${inputs[@]}" --out "$out" --quiet >/dev/null || [ $? -eq 1 ]
mkdir -p "$(dirname "$prefix")"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars)
"$chromium_bin" "${flags[@]}" --screenshot="$prefix.png" --window-size="${WINDOW_SIZE:-1280,2400}" \
  "file://$out/report.html" 2>/dev/null
"$chromium_bin" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$prefix.pdf" "file://$out/report.html" 2>/dev/null
pages="$(pdfinfo "$prefix.pdf" | awk '/^Pages:/ {print $2}')"
summary="$pages"
for ((p = 1; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" "$prefix.pdf" - | head -3 | grep -q '^Appendix'; then
    summary=$((p - 1))
    break
  fi
done
rm -f "$prefix"-a4-*.png
pdftoppm -png -r "${DPI:-80}" -f 1 -l "$summary" "$prefix.pdf" "$prefix-a4"
echo "wrote $prefix.png, $prefix.pdf and $prefix-a4-*.png: $pages printed A4 pages, the board summary on $summary"
