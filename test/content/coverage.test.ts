import { expect } from '@open-wc/testing';
import { CONTENT_SCHEMAS } from '../../src/content/registry.js';
import { QUOTED_KEYS } from '../../src/content/schemas/common.js';
import {
  QUOTED_KEYS as COVERAGE_QUOTED_KEYS,
  COVERED_SHARE,
  compareWithList,
  guideCoverage,
  guideSentences,
  parseErrata,
  type UncoveredEntry,
} from '../../scripts/guide-coverage.js';
import { loadText } from './source-text.js';

/**
 * Coverage of the guide: every sentence is quoted by some content file, or is listed in
 * content/source/uncovered.json with a reason. Fails when a sentence loses its quote (or a listed
 * one has no reason); coverage growing is only reported, so the list can shrink after a merge.
 */
describe('coverage of the guide (content/source/uncovered.json)', () => {
  let source: string;
  let errata: string;
  let list: UncoveredEntry[];
  const files = new Map<string, unknown>();

  before(async () => {
    [source, errata] = await Promise.all([
      loadText('/content/source/kom-veileder-identifisering-2024.txt'),
      loadText('/content/source/ERRATA.md'),
    ]);
    // JSON is served as a module (the esbuild plugin), as in the other content tests.
    const listPath = '/content/source/uncovered.json';
    list = ((await import(listPath)) as { default: UncoveredEntry[] }).default;
    for (const file of Object.keys(CONTENT_SCHEMAS)) {
      files.set(file, ((await import(`/content/nb/${file}.json`)) as { default: unknown }).default);
    }
  });

  const uncovered = (without?: string) =>
    guideCoverage(source, errata, [...files].filter(([name]) => name !== without).map(([, data]) => data)).filter((entry) => entry.share < COVERED_SHARE);

  it('reads quotes under the same keys as the quote test', () => {
    expect([...COVERAGE_QUOTED_KEYS].sort()).to.deep.equal([...QUOTED_KEYS].sort());
  });

  it('splits the guide into its eight parts, after the errata', () => {
    const sentences = guideSentences(source, parseErrata(errata));
    expect([...new Set(sentences.map((entry) => entry.part))]).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    // Del 8 has no "Del 8" line in the extraction: it starts at its title.
    expect(sentences.find((entry) => entry.part === 8)?.sentence).to.equal('Oversikt over instanser, hjelpetiltak og nettressurser');
    // The sentence a text box cut in two (ERRATA del2-rettspraksis-tekstboks) is whole again.
    expect(sentences.map((entry) => entry.sentence)).to.include(
      'Etter rettspraksis er utnyttelse til seksuelle tjenester til en selv menneskehandel, når den som mottar tjenesten også har en form for bakmannsrolle.',
    );
    // A heading printed over three lines is one sentence.
    expect(sentences.map((entry) => entry.sentence)).to.include('Hva kan være indikatorer på menneskehandel?');
  });

  it('has no sentence that lost its quote: every unquoted sentence is listed', () => {
    const { lost } = compareWithList(uncovered(), list);
    expect(
      lost.map((entry) => `Del ${entry.part}: ${entry.sentence}`),
      'quote these sentences again, or add them to content/source/uncovered.json with a reason (npm run coverage:guide -- --write)',
    ).to.deep.equal([]);
  });

  it('gives a reason for every listed sentence (Del 1, 6 and 8 included)', () => {
    const { unexplained } = compareWithList(uncovered(), list);
    expect(unexplained.map((entry) => `Del ${entry.part}: ${entry.sentence}`)).to.deep.equal([]);
    for (const entry of list) expect(entry.reason.length, entry.sentence).to.be.greaterThan(20);
  });

  it('only reports, never fails, when listed sentences are quoted now (the list can shrink)', () => {
    const { nowCovered } = compareWithList(uncovered(), list);
    if (nowCovered.length) {
      console.info(`content/source/uncovered.json can shrink by ${nowCovered.length}: run npm run coverage:guide -- --write`);
    }
    // Simulated growth: a listed sentence that became quoted is reported, not lost.
    const grown = compareWithList([], list);
    expect(grown.lost).to.deep.equal([]);
    expect(grown.nowCovered).to.have.length(list.length);
  });

  it('fails when a content file stops quoting the guide (Del 1 without intro.json)', () => {
    const { lost } = compareWithList(uncovered('intro'), list);
    const del1 = lost.filter((entry) => entry.part === 1).map((entry) => entry.sentence);
    // Sentences of Del 1, written from the guide. («KOM behandler ikke enkeltsaker.» stays quoted:
    // the KOM contact carries it too.)
    expect(del1).to.include('KOM er administrativt underlagt Politidirektoratet (POD) og har et eget mandat fra Justis- og beredskapsdepartementet (JD).');
    expect(del1).to.not.include('KOM behandler ikke enkeltsaker.');
    expect(del1.join(' ')).to.include('rimelig grunn til å tro');
  });

  it('fails when a contact loses the rest of its description (Del 8 without details)', () => {
    const contacts = structuredClone(files.get('contacts')) as { contacts: { id: string; details?: unknown }[] };
    for (const contact of contacts.contacts) delete contact.details;
    const others = [...files].filter(([name]) => name !== 'contacts').map(([, data]) => data);
    const { lost } = compareWithList(guideCoverage(source, errata, [...others, contacts]).filter((entry) => entry.share < COVERED_SHARE), list);
    expect(lost.map((entry) => entry.sentence)).to.include('Safe House Filemon i Oslo er et botilbud for menn utsatt for tvangsarbeid eller -tjenester.');
  });
});
