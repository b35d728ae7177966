import { expect } from '@open-wc/testing';
import { getDuties, type DutyBlock } from '../../src/content/duties.js';
import { getContact } from '../../src/content/contacts.js';
import { phoneDisplay } from '../../src/content/phone.js';
import { SECTION_ORDER, type AnswerId } from '../../components/reporting-duty/logic.js';
import { whenLocaleLoaded } from '../../src/i18n.js';
import type { Lang } from '../../src/locale.js';
import { defined, first } from '../helpers/index.js';

const data = getDuties('nb');
/** The answer panel's short forms (optional in the schema for host languages; nb, nn and en have them). */
const answersOf = (lang: Lang) => getDuties(lang).answers ?? [];

/** Every block with where it sits, for messages (the answer panel's short forms count as blocks). */
function allBlocks(): Array<{ where: string; block: DutyBlock }> {
  const out: Array<{ where: string; block: DutyBlock }> = [];
  for (const section of [...data.sections, data.advice]) {
    section.blocks.forEach((block, index) => out.push({ where: `${section.id}.blocks[${index}]`, block }));
    section.law?.blocks.forEach((block, index) => out.push({ where: `${section.id}.law.blocks[${index}]`, block }));
  }
  for (const answer of answersOf('nb')) {
    out.push({ where: `answers.${answer.id}.text`, block: { text: answer.text, contacts: answer.contacts } });
    out.push({ where: `answers.${answer.id}.short`, block: { text: answer.short, contacts: answer.contacts } });
  }
  return out;
}

function blockText(block: DutyBlock): string {
  return [block.text ?? '', ...(block.items ?? [])].join(' ');
}

/** Numbers as the guide prints them: short numbers, "116 111", "22 33 11 60", "466 15 000". */
const PRINTED_NUMBER = /(?<![\d ])(?:112|113|110|02800|116 ?\d{3}|\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3})(?![\d])/g;

describe('content/nb/duties.json', () => {
  it('has Del 6’s four steps in order, with the guide’s words', () => {
    expect(data.steps.map((step) => [step.number, step.text])).to.deep.equal([
      [1, 'vurdere å varsle politi og barnevern'],
      [2, 'vurdere om personen har behov for akutt hjelp'],
      [3, 'sørge for at antatte mindreårige kan bli ivaretatt av barnevernet eller politiet for bistand og beskyttelse'],
      [4, 'sette personer som er voksne i kontakt med aktuelle instanser eller hjelpetiltak for bistand og beskyttelse'],
    ]);
  });

  it('has the age rule under its public id', () => {
    expect(data.ageRule).to.deep.equal({
      id: 'age-doubt-rule',
      text: 'Er du i tvil om en person er under 18 år, skal personen behandles som et barn inntil alderen er klarlagt.',
      source: { part: 6 },
    });
  });

  it('has exactly the sections the widget knows, each under a step', () => {
    expect(data.sections.map((section) => section.id)).to.deep.equal([...SECTION_ORDER]);
    for (const section of data.sections) expect(section.step, section.id).to.be.oneOf([1, 2, 3, 4]);
  });

  it('states the legal references as the guide does', () => {
    const text = (id: string) => JSON.stringify(data.sections.find((section) => section.id === id));
    expect(text('avvergingsplikt')).to.include('straffeloven § 196').and.include('straffeloven § 258');
    expect(text('meldeplikt-barnevern')).to.include('barnevernsloven § 13-2 bokstav e').and.include('uten ugrunnet opphold');
    expect(text('help-minor')).to.include('§ 4–5').and.include('§ 6–6').and.include('§§ 6–6 annet ledd og 10–13');
  });

  it('references only contacts that exist, and only where the text prints one of their numbers', () => {
    for (const { where, block } of allBlocks()) {
      const text = blockText(block);
      for (const id of block.contacts ?? []) {
        const contact = getContact(id, 'nb');
        expect(contact, `${where}: contact "${id}"`).to.not.equal(undefined);
        const printed = [...contact!.phones.map((phone) => phoneDisplay(phone.number)), ...contact!.emails];
        expect(printed.some((value) => text.includes(value)), `${where}: no number of "${id}" in the text`).to.equal(true);
      }
    }
  });

  it('links every number it prints to a contact with that number (so no number goes unchecked)', () => {
    for (const { where, block } of allBlocks()) {
      const numbers = blockText(block).match(PRINTED_NUMBER) ?? [];
      const known = (block.contacts ?? []).flatMap((id) => getContact(id, 'nb')?.phones.map((phone) => phoneDisplay(phone.number)) ?? []);
      for (const number of numbers) expect(known, `${where}: «${number}» has no contact`).to.include(number);
    }
  });

  it('prints the guide’s numbers for the acute and advice lines', () => {
    // Facts from Del 6, written here by hand.
    const acute = blockText(first(defined(data.sections.find((section) => section.id === 'acute-help'), 'acute-help section').blocks, 'block'));
    for (const number of ['112', '02800', '113', '116 117']) expect(acute).to.include(number);
    const advice = data.advice.blocks.map(blockText).join(' ');
    for (const number of ['22 33 11 60', '466 15 000', '02800', 'menneskehandel@bufdir.no']) expect(advice).to.include(number);
  });

  it('links only printed web addresses, over https', () => {
    const linked: Array<{ where: string; text: string; links: { label: string; url: string }[] }> = [];
    for (const { where, block } of allBlocks()) if (block.links) linked.push({ where, text: blockText(block), links: block.links });
    for (const section of data.sections) {
      if (section.readMore?.links) linked.push({ where: `${section.id}.readMore`, text: section.readMore.text, links: section.readMore.links });
    }
    for (const { where, text, links } of linked) {
      for (const link of links) {
        expect(text, where).to.include(link.label);
        expect(link.url.toLowerCase(), where).to.equal(`https://${link.label.toLowerCase()}`);
      }
    }
  });

  describe('answers (the short forms of the answer panel)', () => {
    before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

    // Every id the widget's panel can show (logic.ts AnswerId), listed by hand.
    const IDS: AnswerId[] = ['acute-112', 'avvergingsplikt-applies', 'meldeplikt-applies', 'may-report', 'call-barnevern', 'call-rosa', 'medical'];

    it('has a stored short form for every item the panel can show, and no other', () => {
      for (const lang of ['nb', 'nn', 'en'] as Lang[]) expect(getDuties(lang).answers?.map((answer) => answer.id), lang).to.deep.equal(IDS);
    });

    for (const lang of ['nb', 'nn', 'en'] as Lang[]) {
      it(`points every short form at a quote that stands in its section (${lang})`, () => {
        const duties = getDuties(lang);
        for (const answer of answersOf(lang)) {
          const section = duties.sections.find((candidate) => candidate.id === answer.section);
          expect(section, `${lang} ${answer.id}: section "${answer.section}"`).to.not.equal(undefined);
          const sectionText = section!.blocks.map(blockText).join(' ');
          expect(sectionText, `${lang} ${answer.id}: the quote is not in ${answer.section}`).to.include(answer.text);
          expect(answer.short, `${lang} ${answer.id}: a short form is shorter than its quote`).to.have.length.below(answer.text.length);
        }
      });
    }

    it('keeps the guide’s modality: a short form never says "skal", "må", "bør" or "plikt" where the guide only says kan or vurdere', () => {
      const strong = /(?<!\p{L})(?:skal|må|bør)(?!\p{L})|plikt/iu;
      for (const answer of answersOf('nb')) {
        if (answer.modality === 'skal') {
          // A duty: the quote itself must say so.
          expect(answer.text, answer.id).to.match(/skal|plikt/iu);
        } else {
          expect(answer.short, answer.id).not.to.match(strong);
          expect(answer.text, `${answer.id}: the quote states a duty`).not.to.match(/skal|plikt/iu);
        }
      }
      // Written by hand from Del 6: which items are duties and which are options or actions.
      const modality = Object.fromEntries(answersOf('nb').map((answer) => [answer.id, answer.modality]));
      expect(modality).to.deep.equal({
        'acute-112': 'skal', // «skal du umiddelbart ringe politiet på 112»
        'avvergingsplikt-applies': 'skal', // «Avvergingsplikten … gjelder for alle til enhver tid»
        'meldeplikt-applies': 'skal', // «har du plikt til å melde fra til barnevernet»
        'may-report': 'kan', // «Da kan du melde fra …»
        'call-barnevern': 'vurdere', // step 2: «vurdere om personen har behov for akutt hjelp»
        'call-rosa': 'vurdere',
        medical: 'vurdere',
      });
    });

    it('keeps the legal references of the quotes in the short forms', () => {
      const short = (id: string) => answersOf('nb').find((answer) => answer.id === id)!.short;
      expect(short('avvergingsplikt-applies')).to.include('straffeloven § 196');
      expect(short('meldeplikt-applies')).to.include('barnevernsloven § 13-2 bokstav e');
    });
  });
});
