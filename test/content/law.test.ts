import { expect } from '@open-wc/testing';
import { getLaw, purposesOf, type PurposesBlock } from '../../src/content/law.js';
import { getMyths, mythStatement } from '../../src/content/myths.js';
import { loadSourceCorpus, normalizeSpace, type SourceCorpus } from './source-text.js';
import { defined, first, nth } from '../helpers/index.js';

// Facts written from the guide (Del 2), not read back from the data under test.
const PURPOSES_257 = [
  ['a', 'prostitusjon eller andre seksuelle ytelser'],
  ['b', 'tvangsarbeid eller tvangstjenester, herunder tigging'],
  ['c', 'krigstjeneste i fremmed land'],
  ['d', 'å samtykke i fjerning av et av vedkommendes indre organer'],
];

const MYTH_COUNT = 12;

describe('content: law.json (Del 2)', () => {
  let corpus: SourceCorpus;
  before(async () => {
    corpus = await loadSourceCorpus();
  });
  const law = getLaw('nb');
  const statute = (section: number) => law.penalCode.statutes.find((candidate) => candidate.section === section);

  it('has § 257 with first paragraph a–d (the four purposes) and the penalty of up to 6 years', () => {
    const s257 = statute(257);
    expect(s257?.title).to.equal('§ 257. Menneskehandel');
    const firstLedd = nth(defined(s257, '§ 257').ledd, 0, 'ledd');
    expect(firstLedd.items?.map((item) => item.letter)).to.deep.equal(['a', 'b', 'c', 'd']);
    PURPOSES_257.forEach(([letter, text], index) => {
      const item = nth(defined(firstLedd.items, 'items'), index, 'item');
      expect(item.letter).to.equal(letter);
      expect(item.text).to.include(text);
    });
    expect(firstLedd.closing?.text).to.include('fengsel inntil 6 år');
  });

  it('has § 257 second paragraph a–c and the third paragraph on persons under 18', () => {
    const s257 = statute(257)!;
    expect(nth(s257.ledd, 1, 'ledd').items?.map((item) => item.letter)).to.deep.equal(['a', 'b', 'c']);
    expect(nth(s257.ledd, 2, 'ledd').text).to.include('under 18 år');
  });

  it('has § 258 with the penalty of up to 10 years', () => {
    const s258 = statute(258);
    expect(s258?.title).to.equal('§ 258. Grov menneskehandel');
    expect(nth(defined(s258, '§ 258').ledd, 0, 'ledd').text).to.include('Grov menneskehandel straffes med fengsel inntil 10 år.');
  });

  it('points the definition\'s lost list at § 257 first paragraph a–d', () => {
    const block = law.definition.blocks.find((candidate) => candidate.kind === 'purposes') as PurposesBlock | undefined;
    expect(block?.text).to.match(/tvinger, utnytter eller forleder noen til:$/);
    expect(purposesOf(law, block!).map((item) => item.letter)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('has the concept clarifications, each headed by the guide\'s question', () => {
    const ids = law.concepts.sections.map((section) => section.id);
    expect(ids).to.deep.equal([
      'vulnerable-situation-and-improper-conduct',
      'exploit-or-lure',
      'prostitution-pimping-trafficking',
      'social-dumping-forced-labour',
      'war-service',
      'organ-removal',
      'domestic-violence',
      'smuggling',
      'modern-slavery',
    ]);
    for (const section of law.concepts.sections) expect(section.heading, section.id).to.match(/\?$/);
  });

  it('joins the sentence the text box cut (Etter rettspraksis …) and keeps the box out of it', () => {
    const texts = law.concepts.sections.flatMap((section) => section.blocks.map((block) => block.text));
    const joined = 'Etter rettspraksis er utnyttelse til seksuelle tjenester til en selv menneskehandel, når den som mottar tjenesten også har en form for bakmannsrolle.';
    expect(texts.some((text) => text?.endsWith(joined))).to.equal(true);
    expect(corpus.errata.some((erratum) => erratum.corrected.startsWith(joined))).to.equal(true);
  });

  it('states KOM\'s estimate once, with the period and the figure inside the quoted sentence', () => {
    const { estimate } = law.figures;
    expect(estimate.text).to.include('(2020–2022)');
    expect(estimate.text).to.include('ca. 200 antatte ofre');
    expect(estimate.text).to.include(estimate.figure);
    expect(estimate.text).to.include(estimate.period);
    const all = JSON.stringify(law);
    expect(all.split('Etter KOMs beregninger').length - 1, 'the callout repeats it; use it once').to.equal(1);
  });
});

describe('content: myths.json (Del 2)', () => {
  let corpus: SourceCorpus;
  before(async () => {
    corpus = await loadSourceCorpus();
  });
  const file = getMyths('nb');

  it(`has the guide's ${MYTH_COUNT} myths, six of them under "Personen er ikke et offer … når vedkommende"`, () => {
    expect(file.myths).to.have.length(MYTH_COUNT);
    expect(first(file.groups, 'group').text).to.equal('Personen er ikke et offer for menneskehandel når vedkommende');
    expect(file.myths.filter((myth) => myth.group === first(file.groups, 'group').id)).to.have.length(6);
    expect(file.myths.map((myth) => myth.myth)).to.include('Norske borgere kan ikke være ofre for menneskehandel.');
    expect(file.myths.map((myth) => myth.myth)).to.include('avslår tilbud om hjelp');
  });

  it('answers every myth with a fact that is quoted from the guide, not from the myths list itself', () => {
    const mythList = corpus.corrected.slice(corpus.corrected.indexOf('Noen eksempler: - Personen er ikke'), corpus.corrected.indexOf('Etter KOMs beregninger siste tre år har'));
    expect(mythList.length).to.be.greaterThan(100);
    for (const myth of file.myths) {
      expect(myth.fact.length, myth.id).to.be.greaterThan(20);
      expect(corpus.corrected, myth.id).to.include(normalizeSpace(myth.fact));
      expect(mythList, `${myth.id}: the fact must not come from the myth list`).not.to.include(normalizeSpace(myth.fact));
      expect([2, 3], myth.id).to.include(myth.factSource.part);
    }
  });

  it('gives each fact the part it is quoted from', () => {
    const text = corpus.corrected;
    // lastIndexOf: the table of contents names the parts too.
    const part = (from: string, to: string) => text.slice(text.lastIndexOf(from), text.lastIndexOf(to));
    const del2 = part('Del 2 Hva er menneskehandel?', 'Del 3 Vårt ansvar');
    const del3 = part('Del 3 Vårt ansvar', 'Del 4 Hva kan være');
    expect(del2.length).to.be.greaterThan(1000);
    expect(del3.length).to.be.greaterThan(1000);
    for (const myth of file.myths) {
      const fact = normalizeSpace(myth.fact);
      const where = del2.includes(fact) ? 2 : del3.includes(fact) ? 3 : undefined;
      expect(myth.factSource.part, myth.id).to.equal(where);
      for (const item of myth.items ?? []) expect(where === 2 ? del2 : del3, myth.id).to.include(normalizeSpace(item));
    }
  });

  it('reads a grouped myth with its lead', () => {
    const consented = file.myths.find((myth) => myth.id === 'consented')!;
    expect(mythStatement(file, consented)).to.equal('Personen er ikke et offer for menneskehandel når vedkommende har samtykket til utnyttelsen');
  });
});
