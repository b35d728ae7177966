// `npm run coverage:guide`: every sentence of the vendored guide (after ERRATA.md) that no content
// file quotes, grouped by part, compared with content/source/uncovered.json (the sentences left
// out on purpose, each with its reason).
//   node scripts/coverage.js           report; exit 1 if a sentence lost its quote or a reason is missing
//   node scripts/coverage.js --write   rewrite the list: drop sentences that are quoted now, add new
//                                      ones with an empty reason (to be written before committing)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareWithList, guideCoverage, COVERED_SHARE } from './guide-coverage.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(`${root}/${path}`, 'utf8');
const LIST = 'content/source/uncovered.json';

const contentFiles = readdirSync(`${root}/content/nb`)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(read(`content/nb/${name}`)));
const coverage = guideCoverage(read('content/source/kom-veileder-identifisering-2024.txt'), read('content/source/ERRATA.md'), contentFiles);
const uncovered = coverage.filter((entry) => entry.share < COVERED_SHARE);
const list = JSON.parse(read(LIST));
const { lost, unexplained, nowCovered } = compareWithList(uncovered, list);
const reasons = new Map(list.map((entry) => [`${entry.part}\u0000${entry.sentence}`, entry.reason]));

console.log(`The guide has ${coverage.length} sentences; content quotes ${coverage.length - uncovered.length}, ${uncovered.length} are not quoted.\n`);
for (let part = 1; part <= 8; part += 1) {
  const inPart = uncovered.filter((entry) => entry.part === part);
  const total = coverage.filter((entry) => entry.part === part).length;
  console.log(`Del ${part}: ${inPart.length} of ${total} not quoted`);
  for (const entry of inPart) {
    const reason = reasons.get(`${entry.part}\u0000${entry.sentence}`);
    console.log(`  - [${Math.round(entry.share * 100)} % quoted] ${entry.sentence}`);
    console.log(`      ${reason ? `why: ${reason}` : 'NOT IN THE LIST: was it quoted before? Quote it, or add it with a reason.'}`);
  }
}
if (nowCovered.length) {
  console.log(`\nThe list can shrink: ${nowCovered.length} listed sentence(s) are quoted now (run with --write):`);
  for (const entry of nowCovered) console.log(`  - Del ${entry.part}: ${entry.sentence}`);
}

if (process.argv.includes('--write')) {
  const next = uncovered.map((entry) => ({ part: entry.part, sentence: entry.sentence, reason: reasons.get(`${entry.part}\u0000${entry.sentence}`) ?? '' }));
  writeFileSync(`${root}/${LIST}`, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`\nWrote ${LIST}: ${next.length} sentences, ${next.filter((entry) => !entry.reason).length} without a reason yet.`);
} else if (lost.length || unexplained.length) {
  console.error(`\n${lost.length} sentence(s) not quoted and not listed; ${unexplained.length} listed without a reason.`);
  process.exit(1);
}
