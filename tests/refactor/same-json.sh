#!/usr/bin/env bash
# Shows that a change alters no output: builds the command-line tool at REV (default HEAD) and from the working
# tree, parses the seed and every article under ../shared/corpus with each, and compares the JSON byte for byte.
# Usage: tests/refactor/same-json.sh [REV]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rev=${1:-HEAD}
shared="$root/../shared"
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add -q --detach "$work/base" "$rev"
dotnet build "$work/base/src/NewsModel.Cli" -c Release -o "$work/cli-base" -nologo -v q >/dev/null
dotnet build "$root/src/NewsModel.Cli" -c Release -o "$work/cli-now" -nologo -v q >/dev/null
sets=()
for d in "$shared/seed" "$shared/corpus/dev" "$shared/corpus/pages" "$shared/corpus/polnear" "$shared/corpus/bulk"; do
  [ -d "$d" ] && sets+=("$d")
done
[ ${#sets[@]} -gt 0 ] || { echo "no ../shared corpus here: nothing to compare"; exit 0; }
for v in base now; do
  for d in "${sets[@]}"; do
    dotnet "$work/cli-$v/NewsModel.Cli.dll" parse "$d" --reference-date 2026-11-27 2>/dev/null
  done > "$work/$v.jsonl"
done
n=$(wc -l < "$work/now.jsonl")
if cmp -s "$work/base.jsonl" "$work/now.jsonl"; then
  echo "same JSON: $n articles byte-identical between $rev and the working tree"
else
  diff <(cut -c1-200 "$work/base.jsonl") <(cut -c1-200 "$work/now.jsonl") | head -20
  echo "JSON differs between $rev and the working tree ($n articles)"
  exit 1
fi
