#!/usr/bin/env bash
# Side by side over the same files: compromise (npm; quotations, people, organisations) and NewsModel (full
# parse: statements with speakers, speakers, treaties). Prints both throughputs and the ratio.
#
#   benchmarks/peers/compare.sh [PATH ...]     default: ../shared/corpus/dev
#
# compromise runs at about 0.01 MB/s here: the dev set (77 KB) takes it about 10 s, the bulk set (6 MB) over 10 min.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=("$root/../shared/corpus/dev")
fi
for p in "${paths[@]}"; do
  [ -e "$p" ] || { echo "compare.sh: $p not found (the shared corpus lives in ../shared/corpus)" >&2; exit 2; }
done

# compromise, pinned in package.json, into the ignored node_modules; no lock file is kept (one pinned package).
if [ ! -d "$here/node_modules/compromise" ]; then
  (cd "$here" && npm install --no-audit --no-fund --no-package-lock --silent)
fi

dotnet build "$root/benchmarks/NewsModel.Benchmarks/NewsModel.Benchmarks.csproj" -c Release -nologo -v q -o "$root/artifacts/bench" >/dev/null
newsmodel=$(dotnet "$root/artifacts/bench/NewsModel.Benchmarks.dll" throughput "${paths[@]}" | awk '$1 == "given" { print $4 }')
peer=$(node "$here/compromise.mjs" "${paths[@]}")
compromise=$(node -e 'console.log(JSON.parse(process.argv[1]).mbPerSecond.toFixed(4))' "$peer")

echo "files:      ${paths[*]}"
echo "compromise: ${compromise} MB/s  (quotations, people, organisations; $(node -e 'const p=JSON.parse(process.argv[1]);console.log(p.files+" files, "+p.bytes+" bytes")' "$peer"))"
echo "NewsModel:  ${newsmodel} MB/s  (full parse: layout, statements, speakers, treaties; steady state, one thread)"
awk -v a="$newsmodel" -v b="$compromise" 'BEGIN { printf "ratio:      NewsModel is %.0f times as fast as compromise\n", a / b }'
