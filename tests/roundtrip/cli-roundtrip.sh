#!/usr/bin/env bash
# Checks through the command line that `parse` then `convert --to json` gives the same bytes, for the
# sample and for every article under ../shared/corpus (when present). Usage: tests/roundtrip/cli-roundtrip.sh [DIR...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build "$root/src/NewsModel.Cli" -c Release -o "$out/cli" -nologo -v q >/dev/null
cli=(dotnet "$out/cli/NewsModel.Cli.dll")
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$root/samples" "$root/../shared/corpus")
n=0 bad=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  if ! "${cli[@]}" parse "$f" > "$out/a.json" 2> "$out/err"; then
    bad=$((bad + 1)); echo "parse failed: $f: $(head -c 300 "$out/err")"; continue
  fi
  if ! "${cli[@]}" convert "$out/a.json" --to json > "$out/b.json" 2> "$out/err" || ! cmp -s "$out/a.json" "$out/b.json"; then
    bad=$((bad + 1)); echo "round trip differs: $f"
  fi
done < <(find "${dirs[@]}" -name '*.txt' -type f -print0 2>/dev/null | sort -z)
echo "cli round trip: $((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
