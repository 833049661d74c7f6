#!/usr/bin/env bash
# Feeds the CLI hostile inputs and prints, for each, the exit code, the time and the first
# stderr line; fails when one ends in a stack trace, a crash or more than one line of error. Then checks that
# a 16x larger input takes less than 32x the time, and that the seed with CRLF line ends or a BOM gives the
# seed's statements. Then the batch: a folder with good files, a FIFO, symbolic link loops, a folder it may not
# read (as root the batch runs as "nobody" through setpriv, since root reads any folder), byte order marks and
# names with control characters, and `parse DIR | head -1`: every good file parsed, one line per bad one, no hang.
# Last, memory: the tool's maximum resident set on the big hostile shapes (one million statements in one paragraph,
# 14 MB, also through a folder; short paragraphs and short quotes, 2 MB), minus that of a tiny input taken the same
# way, must be at most 30 bytes per input byte. It is measured by GNU time (/usr/bin/time), as tests/hostile/tool-peak.sh
# measures it, so no process but the tool's counts.
#
#   tests/hostile/check.sh [TOOL]      TOOL: a NewsModel.Cli.dll (run with dotnet) or a native executable (the Native
#                                      AOT build); default: builds src/NewsModel.Cli into $HOSTILE_WORK/cli
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
cli=$(realpath "$cli")
# The command that runs the tool: a .dll through dotnet, anything else as it is.
if [[ $cli == *.dll ]]; then tool=(dotnet "$cli"); else tool=("$cli"); fi
command -v /usr/bin/time >/dev/null || { echo "check.sh: needs GNU time (/usr/bin/time) to measure memory" >&2; exit 2; }
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
  "${tool[@]}" parse "$file" --reference-date 2026-11-27 >"$work/$name.out" 2>"$work/$name.err"
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

echo "== the batch: FIFO, device, symlink loops, unreadable folder, BOMs, odd names, broken pipe"
batch=$work/batch
rm -rf "$batch" && mkdir -p "$batch/sub" "$batch/locked"
chmod 755 "$work"
python3 - "$batch" "$seed" <<'PY'
import os, sys
d, seed = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
def w(name, data): open(os.path.join(d, name), "wb").write(data)
w("good-1.txt", seed.encode())
w("sub/good-2.txt", seed.encode())
w("good-bom.txt", b"\xef\xbb\xbf" + seed.encode())
w("good\nnewline.txt", seed.encode())
w("bad-latin1-ff-fe.txt", b"\xff\xfe" + "café said the minister".encode("latin-1"))
w("bad-utf16.txt", b"\xff\xfe" + seed.encode("utf-16-le"))
w("bad-utf32.txt", b"\xff\xfe\x00\x00" + seed.encode("utf-32-le"))
w("bad-\x1b[31mescape.txt", b"\xc3")
w("locked/secret.txt", seed.encode())
PY
mkfifo "$batch/fifo.txt"
ln -s . "$batch/loop"
ln -s .. "$batch/sub/up"
chmod 000 "$batch/locked"
good=4  # good-1, sub/good-2, good-bom, good\nnewline
bad=8   # fifo, loop, sub/up, locked, latin1, utf16, utf32, escape
# Root reads any folder: run the batch as "nobody" so the locked folder is really unreadable.
as_user=()
if [[ $(id -u) -eq 0 ]]; then
  if command -v setpriv >/dev/null; then
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp)
  else
    echo "   note: running as root without setpriv: the locked folder is readable, so it counts as good here"
    good=5; bad=7
  fi
fi
set +e
timeout 60 "${as_user[@]}" "${tool[@]}" parse "$batch" --reference-date 2026-11-27 >"$work/batch.out" 2>"$work/batch.err"
rc=$?
set -e
chmod 755 "$batch/locked"
parsed=$(wc -l <"$work/batch.out")
skipped=$(grep -c '^newsmodel: skipped ' "$work/batch.err" || true)
errlines=$(wc -l <"$work/batch.err")
printf 'batch            exit %d  parsed %d (want %d)  skipped %d (want %d)  stderr lines %d\n' "$rc" "$parsed" "$good" "$skipped" "$bad" "$errlines"
sed 's/^/   /' "$work/batch.err"
if [[ $rc -eq 124 ]]; then echo "   FAIL: the batch hung" >&2; status=1; fi
if [[ $rc -ne 1 || $parsed -ne $good || $skipped -ne $bad || $errlines -ne $((bad + 1)) ]] || grep -q $'\e' "$work/batch.err"; then
  echo "   FAIL: every good file parsed, one escaped line per bad one, exit 1" >&2
  status=1
fi
python3 - "$work/batch.out" <<'PY' || status=1
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]
sources = [json.loads(l)["source"] for l in lines]
ok = len(sources) == len(set(sources)) and all(json.loads(l)["article"]["schemaVersion"] == 1 for l in lines)
print(f"   sources unique and every line one whole JSON object: {ok}")
sys.exit(0 if ok else 1)
PY

echo "== a reader that goes away: parse DIR | head -1 stops early with a non-zero exit"
many=$work/many
rm -rf "$many" && mkdir -p "$many"
for i in $(seq -w 1 3000); do cp "$seed" "$many/a$i.txt"; done
set +e
timeout 120 "${tool[@]}" parse "$many" --jobs 2 2>"$work/pipe.err" | head -1 >/dev/null
codes=("${PIPESTATUS[@]}")
set -e
printf 'broken pipe      exit %d  stderr: %s\n' "${codes[0]}" "$(head -c 200 "$work/pipe.err")"
if [[ ${codes[0]} -ne 3 ]] || ! grep -q '^newsmodel: stopped after [0-9]* files: cannot write standard output' "$work/pipe.err"; then
  echo "   FAIL: a closed output must stop the run with exit 3" >&2
  status=1
fi
stopped=$(grep -o 'stopped after [0-9]*' "$work/pipe.err" | grep -o '[0-9]*$' || echo 3000)
if [[ $stopped -ge 3000 ]]; then echo "   FAIL: it parsed everything before stopping" >&2; status=1; fi

echo "== a FIFO given by name is refused at once"
rm -f "$work/lone-fifo.txt" && mkfifo "$work/lone-fifo.txt"
set +e
timeout 30 "${tool[@]}" parse "$work/lone-fifo.txt" >/dev/null 2>"$work/fifo.err"
rc=$?
set -e
printf 'fifo             exit %d  %s\n' "$rc" "$(head -1 "$work/fifo.err")"
if [[ $rc -ne 2 ]] || ! grep -q 'FIFO' "$work/fifo.err"; then echo "   FAIL: a FIFO must be refused, not opened" >&2; status=1; fi

echo "== memory: maximum resident set minus that of a tiny input taken the same way, per input byte, at most 30x (parse FILE; the statements through parse DIR too)"
mkdir -p "$work/mem-folder"
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def shape(piece, size):
    head = "Talks go on\n\n"
    return head + piece * -(-(size - len(head)) // len(piece))
def write(name, text):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(text)
write("mem-tiny.txt", "Talks go on\n\nYes.\n")
os.makedirs(os.path.join(work, "mem-tiny-folder"), exist_ok=True)
write("mem-tiny-folder/tiny.txt", "Talks go on\n\nYes.\n")
write("mem-folder/statements.txt", shape('"No," he said. ', 14_000_000))
write("mem-paragraphs.txt", shape("Yes.\n\n", 2_000_000))
write("mem-quotes.txt", shape('"a" ', 2_000_000))
PY
python3 - "$work" "${tool[@]}" <<'PY' || status=1
import os, subprocess, sys
work, tool = sys.argv[1], sys.argv[2:]
def max_rss(*args):
    # GNU time forks itself (about 1 MB resident) and execs the tool, so the maximum resident set it reports is the
    # tool's own. A Python child's would be floored at Python's own 13 to 14 MB, above the Native AOT tool's tiny
    # input, and would hide up to 3.5 MB of that tool's growth.
    report = os.path.join(work, "time.out")
    subprocess.run(["/usr/bin/time", "-f", "%x %M", "-o", report, *tool, "parse", *args, "--reference-date", "2026-11-27"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rc, kb = open(report).read().split()[-2:]
    return int(rc), int(kb) * 1024
# The fixed cost of each way in (a folder starts its workers and walks the folder) is measured on a tiny input
# taken the same way, and is not counted per byte.
# The lower of two runs, as the tiny input's peak moves by a few hundred KB from run to run.
tiny_file = min(max_rss(os.path.join(work, "mem-tiny.txt"))[1] for _ in range(2))
tiny_folder = min(max_rss(os.path.join(work, "mem-tiny-folder"), "--jobs", "2")[1] for _ in range(2))
folder = os.path.join(work, "mem-folder")
statements = os.path.join(folder, "statements.txt")
paragraphs, quotes = os.path.join(work, "mem-paragraphs.txt"), os.path.join(work, "mem-quotes.txt")
cases = [("statements", statements, [statements], tiny_file),
         ("statements, folder", statements, [folder, "--jobs", "2"], tiny_folder),
         ("short paragraphs", paragraphs, [paragraphs], tiny_file),
         ("short quotes", quotes, [quotes], tiny_file)]
ok = True
for name, path, args, tiny in cases:
    size = os.path.getsize(path)
    rc, rss = max_rss(*args)
    ratio = (rss - tiny) / size
    fine = rc == 0 and ratio <= 30
    ok &= fine
    print(f"{name:18s} {size / 1e6:5.1f} MB  max resident {rss / 1e6:4.0f} MB (tiny {tiny / 1e6:.1f} MB)  {ratio:5.1f}x  "
          f"exit {rc}  {'ok' if fine else 'FAIL: above 30x'}")
sys.exit(0 if ok else 1)
PY

echo "== $( [[ $status -eq 0 ]] && echo all passed || echo FAILED )"
exit $status
