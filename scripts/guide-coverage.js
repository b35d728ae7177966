// Which sentences of the vendored guide no content file quotes. Pure functions on strings, shared
// by `npm run coverage:guide` (scripts/coverage.js, Node) and test/content/coverage.test.ts
// (browser), so both read the guide the same way.

/** Keys whose strings in content/nb/ are quotes (the same list as QUOTED_KEYS in src/content/schemas/common.ts). */
export const QUOTED_KEYS = ['text', 'title', 'name', 'heading', 'question', 'followUps', 'items', 'description', 'myth', 'fact', 'note'];

/**
 * Keys that are not quotes but hold text exactly as printed and are checked against the guide by
 * test/content/contacts.test.ts: web addresses and e-mail addresses. A line of the guide that is
 * only an address is shown as that link, so it counts as covered.
 */
export const VERBATIM_DATA_KEYS = ['address', 'emails'];

/** A sentence counts as quoted when quotes cover at least this share of its characters. */
export const COVERED_SHARE = 0.9;

/** The line that opens Del 8: the extraction lost its "Del 8" marker, the part's title remains. */
const DEL_8_TITLE = 'Oversikt over instanser, hjelpetiltak og nettressurser';

export function normalizeSpace(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drops the extraction's markdown (link targets, escapes, bold); keeps the visible text. */
export function stripMarkup(text) {
  return text
    .replace(/\[((?:[^\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
    .replace(/\\([()[\]])/g, '$1')
    .replace(/\*\*/g, '');
}

/** The rows of content/source/ERRATA.md's table: { id, source, corrected, reason }. */
export function parseErrata(markdown) {
  const unquote = (cell) => cell.replace(/^`|`$/g, '').replace(/\\\|/g, '|');
  return markdown
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line) || /^\|\s*[a-z0-9-]+\s*\|/.test(line))
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()))
    .filter((cells) => cells.length === 4 && cells[0] !== 'id' && !/^-+$/.test(cells[0]))
    .map(([id, source, corrected, reason]) => ({ id: id.replace(/`/g, ''), source: unquote(source), corrected: unquote(corrected), reason }));
}

/**
 * The source after the known extraction faults: markup dropped (on the whole text, since a link's
 * visible text can run over two lines) and every erratum applied, matching its source text across
 * line breaks (the text box that cut a Del 2 sentence in two spans several lines).
 */
export function correctedSource(sourceText, errata) {
  let text = stripMarkup(sourceText);
  for (const erratum of errata) {
    const words = normalizeSpace(erratum.source).split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    text = text.replace(new RegExp(words.join('\\s+'), 'g'), () => erratum.corrected);
  }
  return text;
}

/**
 * The guide's sentences in reading order, each with its part (1–8). Lines are the extraction's
 * paragraphs, list items and headings; a line that starts in lower case without a list marker
 * continues the one before (a sentence broken by a page or a text box, a heading over three lines,
 * an unmarked list after "KOM skal:"). The table of contents and title page before Del 1 are left out.
 */
export function guideSentences(sourceText, errata = []) {
  const units = [];
  let part = 0;
  for (const rawLine of correctedSource(sourceText, errata).split('\n')) {
    const line = rawLine.trim();
    const marker = /^Del ([1-8])$/.exec(line);
    if (marker) {
      part = Number(marker[1]);
      continue;
    }
    if (line === DEL_8_TITLE && part === 7) part = 8;
    if (part === 0) continue;
    const bullet = /^(?:[-→•]\s+)/.test(line);
    const text = normalizeSpace(line.replace(/^(?:[-→•]\s+)+/, ''));
    if ((text.match(/\p{L}/gu) ?? []).length < 3) continue;
    const previous = units[units.length - 1];
    if (!bullet && /^\p{Ll}/u.test(text) && previous && previous.part === part) previous.text += ` ${text}`;
    else units.push({ part, text });
  }
  const sentences = [];
  const seen = new Set();
  for (const unit of units) {
    for (const sentence of unit.text.split(/(?<=[.!?])\s+(?=[«"]?\p{Lu})/u)) {
      const key = `${unit.part}\u0000${sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sentences.push({ part: unit.part, sentence });
    }
  }
  return sentences;
}

/** Every string under a quoted key or a verbatim data key (or in an array under one), anywhere in a content file. */
export function collectQuotes(value, out = [], key = '') {
  if (typeof value === 'string') {
    if (QUOTED_KEYS.includes(key) || VERBATIM_DATA_KEYS.includes(key)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectQuotes(item, out, key);
  } else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) collectQuotes(child, out, childKey);
  }
  return out;
}

/**
 * Quotes with white space collapsed and markup dropped (they carry the corrected text, as the
 * source does after correctedSource). Each quote is also cut into its sentences, so a quote that
 * joins or splits sentences differently from the source still counts.
 */
function sourceForms(quotes) {
  const forms = new Set();
  for (const quote of quotes) {
    const text = normalizeSpace(stripMarkup(quote));
    forms.add(text);
    for (const piece of text.split(/(?<=[.!?:])\s+/)) if (piece.length >= 12) forms.add(piece);
  }
  return [...forms];
}

/** The share (0–1) of `sentence` that the quotes cover. */
function coveredShare(sentence, forms) {
  if (forms.some((form) => form.includes(sentence))) return 1;
  const covered = new Uint8Array(sentence.length);
  for (const form of forms) {
    for (let at = sentence.indexOf(form); at !== -1; at = sentence.indexOf(form, at + 1)) covered.fill(1, at, at + form.length);
  }
  let count = 0;
  for (let index = 0; index < sentence.length; index += 1) if (covered[index] || sentence[index] === ' ') count += 1;
  return count / sentence.length;
}

/**
 * Every sentence of the guide with the share of it that content quotes.
 * @param {string} sourceText the vendored guide
 * @param {string} errataMarkdown content/source/ERRATA.md
 * @param {unknown[]} contentFiles the parsed content/nb/*.json files
 */
export function guideCoverage(sourceText, errataMarkdown, contentFiles) {
  const forms = sourceForms(contentFiles.flatMap((file) => collectQuotes(file)));
  return guideSentences(sourceText, parseErrata(errataMarkdown)).map(({ part, sentence }) => ({ part, sentence, share: coveredShare(sentence, forms) }));
}

/** The sentences no content file quotes (less than COVERED_SHARE of them). */
export function uncoveredSentences(sourceText, errataMarkdown, contentFiles) {
  return guideCoverage(sourceText, errataMarkdown, contentFiles).filter((entry) => entry.share < COVERED_SHARE);
}

/**
 * Compares the uncovered sentences with the committed list (content/source/uncovered.json).
 * `lost`: uncovered but not listed (a sentence that was covered stopped being covered: a failure).
 * `unexplained`: listed without a reason (a failure). `nowCovered`: listed but quoted now (the
 * list can shrink; never a failure, so parallel work that adds quotes does not break the test).
 */
export function compareWithList(uncovered, list) {
  const key = (entry) => `${entry.part}\u0000${entry.sentence}`;
  const listed = new Map(list.map((entry) => [key(entry), entry]));
  const current = new Set(uncovered.map(key));
  return {
    lost: uncovered.filter((entry) => !listed.has(key(entry))),
    unexplained: list.filter((entry) => !entry.reason || !entry.reason.trim() || /^todo\b/i.test(entry.reason.trim())),
    nowCovered: list.filter((entry) => !current.has(key(entry))),
  };
}
