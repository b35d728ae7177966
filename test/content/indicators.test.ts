import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { IndicatorsFileSchema } from '../../src/content/schemas/indicators.js';
import {
  appliesTo,
  getIndicators,
  listIndicators,
  type IndicatorsFile,
} from '../../src/content/indicators.js';
import { loadSourceCorpus, normalizeSpace } from './source-text.js';
import { nth } from '../helpers/index.js';

const data: IndicatorsFile = getIndicators('nb');
const all = listIndicators(data);

// Facts written from the guide (Del 4), not from the data: 13 + 6 + 7 + (7 + 3 + 4 + 5 + 4).
const GUIDE = {
  adults: 49,
  minorsExtra: 3 + 4 + 3 + 2,
  prostitution: 4,
  forcedLabour: 8,
  categories: [
    'Bakgrunn og særlige sårbarheter',
    'Stedstilknytning eller oppholdssteder',
    'Opptreden',
    'Fremstår som kontrollert av andre',
  ],
  controlledSubGroups: [
    'Har en tilrettelegger/arbeidsgiver, eller en "fikser" som utøver kontroll:',
    'Er avhengig av tilrettelegger/arbeidsgiver',
    'Uttrykker frykt for tilrettelegger/arbeidsgiver',
    'Mangler kontroll over egen livssituasjon',
    'Blir utnyttet av tilrettelegger/arbeidsgiver',
  ],
  caveat:
    'Indikatorene er ikke rangert eller ment som en uttømmende liste. Indikatorene trenger isolert sett ikke å indikere utnyttelse. Det er viktig at indikatorene ses i sammenheng, og at du foretar en helhetsvurdering.',
};

describe('content/nb/indicators.json', () => {
  it('matches its schema', () => {
    expect(z.safeParse(IndicatorsFileSchema, data).success).to.equal(true);
  });

  it('has 49 indicators for adults, 61 with minors, 73 with both forms', () => {
    const adults = all.filter((item) => appliesTo(item, { minor: false, forms: [] }));
    const minors = all.filter((item) => appliesTo(item, { minor: true, forms: [] }));
    const everything = all.filter((item) => appliesTo(item, { minor: true, forms: ['prostitution', 'forced-labour'] }));
    expect(adults.length).to.equal(GUIDE.adults);
    expect(minors.length).to.equal(49 + GUIDE.minorsExtra);
    expect(minors.length).to.equal(61);
    expect(everything.length).to.equal(73);
    expect(everything.length).to.equal(all.length);
    expect(all.filter((item) => item.form === 'prostitution').length).to.equal(GUIDE.prostitution);
    expect(all.filter((item) => item.form === 'forced-labour').length).to.equal(GUIDE.forcedLabour);
  });

  it('has unique kebab-case ids across indicators, notes, groups and arenas', () => {
    const ids = [
      ...all.map((item) => item.id),
      ...data.categories.flatMap((category) => [category.id, ...category.groups.flatMap((group) => [group.id, ...(group.notes ?? []).map((note) => note.id)])]),
      ...data.arenas.items.map((item) => item.id),
    ];
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).to.deep.equal([]);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has the four categories and the five sub-groups of "Fremstår som kontrollert av andre"', () => {
    expect(data.categories.map((category) => category.title)).to.deep.equal(GUIDE.categories);
    const controlled = nth(data.categories, 3, 'category');
    const subGroups = controlled.groups.filter((group) => group.indicators.some((item) => item.audience === 'all')).map((group) => group.heading);
    expect(subGroups).to.deep.equal(GUIDE.controlledSubGroups);
    expect(data.categories.map((category) => category.description)).to.deep.equal([
      'Ofre kan ha en bakgrunn som gir særlige sårbarheter for utnyttelse.',
      'Ofre kan ha blitt observert på eller ha tilhørighet til steder som kan gi sårbarhet for utnyttelse.',
      'Ofre kan ha en opptreden som kan indikere utnyttelse.',
      'Ofre kan fremstå som kontrollert av andre.',
    ]);
  });

  it('keeps the two "Vær oppmerksom på …" notes as notes for minors, not indicators', () => {
    const notes = data.categories.flatMap((category) => category.groups.flatMap((group) => group.notes ?? []));
    expect(notes.length).to.equal(2);
    for (const note of notes) {
      expect(note.audience).to.equal('minor');
      expect(note.text.startsWith('Vær oppmerksom på')).to.equal(true);
    }
    expect(all.some((item) => item.text.startsWith('Vær oppmerksom'))).to.equal(false);
  });

  it('gives form sections only indicators of their own form, with the guide\'s lead-in', () => {
    for (const form of data.forms) {
      for (const item of form.indicators) expect(item.form, item.id).to.equal(form.id);
      expect(form.text).to.equal('Personen...');
    }
    for (const category of data.categories) {
      for (const group of category.groups) for (const item of group.indicators) expect(item.form, item.id).to.equal(undefined);
    }
  });

  it('has the caveat as the guide words it', () => {
    expect(data.caveat.text).to.equal(GUIDE.caveat);
    expect(data.caveat.source.part).to.equal(4);
  });

  it('keeps the guide\'s order and cites Del 4 for every indicator', async () => {
    const corpus = await loadSourceCorpus();
    let last = -1;
    for (const item of all) {
      const at = corpus.corrected.indexOf(normalizeSpace(item.text), last + 1);
      expect(at, `${item.id} is out of the guide's order`).to.be.greaterThan(last);
      last = at;
      expect(item.source.part, item.id).to.equal(4);
    }
  });

  it('lists the arenas with the sub-items of "Andre arenaer for kjøp, salg og bytte …"', () => {
    expect(data.arenas.heading).to.equal('Hvor kan utnyttning skje?');
    expect(data.arenas.items.length).to.equal(21);
    const other = data.arenas.items.find((item) => item.text.startsWith('Andre arenaer for kjøp, salg og bytte'));
    expect(other?.items).to.deep.equal([
      'rusarenaer',
      'arenaer for grooming',
      'digitale virksomheter, som webcaming og salg av bilder og filmer med seksuelt eller pornografisk innhold',
      'digitale arenaer for deling og direktestrømming av overgrepsmateriale',
    ]);
  });
});
