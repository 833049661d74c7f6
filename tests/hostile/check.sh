#!/usr/bin/env bash
# Feeds the CLI the hostile inputs of issue 5 and prints, for each, the exit code, the time and the first
# stderr line; fails when one ends in a stack trace, a crash or more than one line of error. Then checks that
# a 16x larger input takes less than 32x the time, and that the seed with CRLF line ends or a BOM gives the
# seed's statements.
#
#   tests/hostile/check.sh [CLI_DLL]      (default: builds src/NewsModel.Cli into $HOSTILE_WORK/cli)
# Inputs are generated into $HOSTILE_WORK (default: a new directory under /tmp), never into the repository.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${HOSTILE_WORK:-$(mktemp -d /tmp/newsmodel-hostile.XXXXXX)}
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cli=${1:-}
if [[ -z $cli ]]; then
  dotnet build "$repo/src/NewsModel.Cli" -c Release -o "$work/cli" -nologo -v q >/dev/null
  cli=$work/cli/NewsModel.Cli.dll
fi
seed=$repo/tests/NewsModel.Tests/TestData/seed.txt

python3 - "$work" "$seed" <<'PY'
import os, sys
work, seed = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
def write(name, text=None, data=None):
    with open(os.path.join(work, name), "wb") as f:
        f.write(data if data is not None else text.encode("utf-8", "surrogatepass"))
body = seed.split("\n\n", 1)[1] if "\n\n" in seed else seed
def article_of(size):
    parts, n = [seed], len(seed)
    while n < size:
        parts.append(body); n += len(body)
    return "\n\n".join(parts)[:size]
write("empty.txt", "")
write("whitespace.txt", " \t\n\r\n\u00a0\u2028\ufeff" * 10000)
write("random-1mb.bin", data=os.urandom(1 << 20))
write("quotes-2m.txt", '"' * 2_000_000)
write("nested-200k.txt", "\u201c\u2018" * 200_000)
write("line-3mb.txt", ("the minister said that \"we will not\" " * 100_000)[:3_000_000])
write("nul-inside.txt", seed[: len(seed) // 2] + "\0" + seed[len(seed) // 2 :])
write("article-6mb.txt", article_of(6_000_000))
write("scale-375k.txt", article_of(375_000))
write("scale-6mb.txt", article_of(375_000 * 16))
write("seed.txt", seed)
write("seed-crlf.txt", seed.replace("\r\n", "\n").replace("\n", "\r\n"))
write("seed-bom.txt", "\ufeff" + seed)
PY

status=0
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
run() {  # name file -> sets $elapsed
  local name=$1 file=$2 start rc
  start=$(date +%s%N)
  set +e
  dotnet "$cli" parse "$file" --reference-date 2026-11-27 >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
  set -e
  elapsed=$(ms "$start")
  local lines first
  lines=$(wc -l <"$work/$name.err")
  first=$(head -c 160 "$work/$name.err" | head -1)
  printf '%-16s exit %d  %6d ms  stderr lines %d  %s\n' "$name" "$rc" "$elapsed" "$lines" "$first"
  if [[ $rc -ne 0 && $rc -ne 2 ]] || [[ $lines -gt 1 ]] || grep -q '   at ' "$work/$name.err"; then
    echo "   FAIL: $name must end with exit 0 or one line of error" >&2
    status=1
  fi
}

echo "== hostile inputs ($work)"
for file in empty.txt whitespace.txt random-1mb.bin quotes-2m.txt nested-200k.txt line-3mb.txt nul-inside.txt article-6mb.txt; do
  run "${file%.*}" "$work/$file"
done

echo "== scaling: a 16x larger input must take less than 32x the time (best of 3, minus process start-up)"
best() { local b=999999999; for _ in 1 2 3; do run "$1" "$2" >/dev/null; (( elapsed < b )) && b=$elapsed; done; echo "$b"; }
base=$(best empty "$work/empty.txt")
small=$(best scale-375k "$work/scale-375k.txt")
large=$(best scale-6mb "$work/scale-6mb.txt")
python3 - "$base" "$small" "$large" <<'PY' || status=1
import sys
base, small, large = map(int, sys.argv[1:])
s, l = max(small - base, 1), max(large - base, 1)
ratio = l / s
print(f"start-up {base} ms; 375 KB {small} ms; 6 MB {large} ms; parse-time ratio {ratio:.1f}x for 16x the input")
sys.exit(0 if ratio < 32 else 1)
PY

echo "== the seed with CRLF line ends or a BOM gives the seed's statements"
for v in seed seed-crlf seed-bom; do run "$v" "$work/$v.txt" >/dev/null; done
python3 - "$work" <<'PY' || status=1
import json, sys, os
def statements(name):
    a = json.load(open(os.path.join(sys.argv[1], name + ".out"), encoding="utf-8"))
    names = {s["id"]: s["name"] for s in a["speakers"]}
    return [(s["kind"], s["text"], s["cue"], names.get(s["speaker"])) for s in a["statements"]]
seed = statements("seed")
ok = True
for v in ("seed-crlf", "seed-bom"):
    same = statements(v) == seed
    ok &= same
    print(f"{v}: {len(statements(v))} statements, {'same as the seed' if same else 'DIFFERENT from the seed'}")
sys.exit(0 if ok and seed else 1)
PY

echo "== $( [[ $status -eq 0 ]] && echo all passed || echo FAILED )"
exit $status
