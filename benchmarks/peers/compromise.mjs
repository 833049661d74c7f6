// Runs compromise over the given files asking for quotations, people and organisations, as NewsModel finds
// statements and speakers; prints one line: files, bytes, seconds and MB/s (input bytes as stored, UTF-8).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

function files(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name))).filter((f) => f.endsWith('.txt'));
}

const texts = process.argv.slice(2).flatMap(files).map((f) => readFileSync(f));
const bytes = texts.reduce((n, b) => n + b.length, 0);
const strings = texts.map((b) => b.toString('utf8'));

// One warm-up article, so the figure is of the steady state, as it is for NewsModel.
nlp(strings[0]).quotations().out('array');

let found = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
for (const text of strings) {
  const doc = nlp(text);
  found += doc.quotations().out('array').length + doc.people().out('array').length + doc.organizations().out('array').length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ peer: 'compromise', files: strings.length, bytes, seconds, cpuSeconds, mbPerSecond: bytes / 1e6 / seconds, mbPerCpuSecond: bytes / 1e6 / cpuSeconds, found }));
