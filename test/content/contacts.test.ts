import { expect } from '@open-wc/testing';
import {
  CONTACT_IDS,
  getContact,
  getContactCategories,
  getContacts,
  getEmergencyNumbers,
  webHref,
  type OpeningHours,
} from '../../src/content/contacts.js';
import { phoneDisplay, phoneHref } from '../../src/content/phone.js';
import { whenLocaleLoaded } from '../../src/i18n.js';
import { hoursStatus, osloClock } from '../../src/content/hours.js';
import { loadSourceCorpus, loadText, normalizeSpace, stripMarkup, type SourceCorpus } from './source-text.js';

const REQUIRED_IDS = [
  'rosa', 'politiet', 'kom', 'udi', 'barnevernet', 'alarmtelefonen', 'bufdir-veiledning', 'nav', 'nav-htso',
  'stottesenter', 'helse', 'legevakt', 'sua', 'arbeidstilsynet', 'imdi', 'nadheim', 'frelsesarmeen',
  'maritastiftelsen', 'caritas', 'iom', 'pro-sentret', 'shalam', 'pion', 'a21', 'rode-kors', 'noas', 'lightup',
  'dinutvei', 'utnyttelse', 'greta', 'osce', 'ilo', 'unodc', 'cbss',
];

/** Facts written from the guide (Del 5–8), independent of the content file. */
const GUIDE_NUMBERS: Record<string, string[]> = {
  politiet: ['112', '02800'],
  helse: ['113'],
  legevakt: ['116117'],
  alarmtelefonen: ['116111'],
  rosa: ['22331160'],
  udi: ['23351600'],
  'bufdir-veiledning': ['46615000'],
  'nav-htso': ['99470279'],
  stottesenter: ['80040008'],
  caritas: ['31402300'],
  iom: ['23105320'],
  'pro-sentret': ['23100200'],
  noas: ['22365660'],
};
const GUIDE_EMAILS: Record<string, string[]> = {
  kom: ['KOM.pod@politiet.no'],
  'bufdir-veiledning': ['menneskehandel@bufdir.no'],
  'nav-htso': ['htso@nav.no'],
};
const EXPECTED_TEL: Record<string, string> = {
  '112': 'tel:112',
  '113': 'tel:113',
  '02800': 'tel:02800',
  '116111': 'tel:116111',
  '116117': 'tel:116117',
  '22331160': 'tel:+4722331160',
  '46615000': 'tel:+4746615000',
  '80040008': 'tel:+4780040008',
};

/** Every phone-number-looking string in the guide, as digits. */
function phoneNumbersIn(text: string): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /(?<![\d§–-])\d{2} \d{2} \d{2} \d{2}(?!\d)/g,
    /(?<![\d§–-])\d{3} \d{2} \d{3}(?!\d)/g,
    /(?<![\d§–-])\d{8}(?!\d)/g,
    /(?<![\d§–-])116 ?\d{3}(?!\d)/g,
    /(?<![\d§–-])(?:112|113|02800)(?![\d.,]\d)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[0].replace(/\D/g, ''));
  return found;
}

const allNumbers = () => getContacts().flatMap((contact) => contact.phones.map((phone) => phone.number));

describe('content/nb/contacts.json', () => {
  let corpus: SourceCorpus;
  let source: string;
  before(async () => {
    corpus = await loadSourceCorpus();
    source = normalizeSpace(stripMarkup(await loadText('/content/source/kom-veileder-identifisering-2024.txt')));
  });

  it('has every required id, and CONTACT_IDS lists them all', () => {
    for (const id of REQUIRED_IDS) expect(getContact(id), id).to.not.equal(undefined);
    expect([...CONTACT_IDS]).to.deep.equal(getContacts().map((contact) => contact.id));
  });

  it('has every phone number printed in the guide', () => {
    const printed = phoneNumbersIn(source);
    expect(printed.size).to.be.greaterThan(10);
    const missing = [...printed].filter((number) => !allNumbers().includes(number));
    expect(missing, 'numbers printed in the guide but missing from contacts.json').to.deep.equal([]);
  });

  it('has no phone number the guide does not print', () => {
    const printed = phoneNumbersIn(source);
    expect(allNumbers().filter((number) => !printed.has(number))).to.deep.equal([]);
  });

  it('gives each number to the contact the guide names', () => {
    for (const [id, numbers] of Object.entries(GUIDE_NUMBERS)) {
      expect(getContact(id)?.phones.map((phone) => phone.number), id).to.include.members(numbers);
    }
  });

  it('has the e-mail addresses the guide prints, and no others', () => {
    for (const [id, emails] of Object.entries(GUIDE_EMAILS)) expect(getContact(id)?.emails, id).to.deep.equal(emails);
    const all = getContacts().flatMap((contact) => contact.emails);
    expect(all).to.have.length(Object.values(GUIDE_EMAILS).flat().length);
  });

  it('displays every number as the guide prints it, and dials E.164 or the short number', () => {
    for (const number of allNumbers()) {
      expect(source, `printed form of ${number}`).to.include(phoneDisplay(number));
      const href = phoneHref(number);
      if (number.length === 8) expect(href).to.equal(`tel:+47${number}`);
      else expect(href).to.equal(`tel:${number}`);
    }
    for (const [number, href] of Object.entries(EXPECTED_TEL)) expect(phoneHref(number)).to.equal(href);
    expect(phoneDisplay('22331160')).to.equal('22 33 11 60');
    expect(phoneDisplay('46615000')).to.equal('466 15 000');
    expect(phoneDisplay('80040008')).to.equal('800 40 008');
    expect(phoneDisplay('116117')).to.equal('116 117');
  });

  it('prints web addresses as the guide does (after errata) and links only to https', () => {
    for (const contact of getContacts()) {
      for (const web of contact.web) {
        expect(corpus.corrected, `${contact.id}: ${web.address}`).to.include(web.address);
        expect(webHref(web), contact.id).to.match(/^https:\/\/[^\s]+$/);
      }
    }
    expect(getContact('pro-sentret')?.web.map(webHref)).to.deep.equal(['https://prosentret.no']);
    expect(getContact('rosa')?.web.map(webHref)).to.deep.equal(['https://rosa-help.no']);
  });

  it('quotes phone labels and hours text from the guide', () => {
    for (const contact of getContacts()) {
      for (const phone of contact.phones) {
        if (phone.label) expect(corpus.corrected, `${contact.id} label`).to.include(phone.label);
        if (phone.hours?.text) expect(corpus.corrected, `${contact.id} hours`).to.include(phone.hours.text);
      }
    }
  });

  it('has the opening hours the guide prints', () => {
    const hours = (id: string): OpeningHours | undefined => getContact(id)?.phones[0]?.hours;
    expect(hours('rosa')?.kind).to.equal('always');
    expect(hours('udi')).to.include({ kind: 'weekly', opens: '10:00', closes: '15:00' });
    expect((hours('udi') as { days: number[] }).days).to.deep.equal([1, 2, 3, 4, 5]);
    expect(hours('stottesenter')).to.include({ kind: 'weekly', opens: '09:00', closes: '15:30' });
    expect((hours('stottesenter') as { days: number[] }).days).to.deep.equal([1, 2, 3, 4, 5]);
    // Printed «åpen mandag–torsdag 10:00 og 16:00»: "og" (and), not "–". Whether that is a span or
    // two times is a guess, so the hours are the guide's words and never an open/closed badge.
    expect(hours('caritas')).to.deep.equal({ kind: 'text', text: 'åpen mandag–torsdag 10:00 og 16:00' });
    expect(hours('alarmtelefonen')?.kind).to.equal('text');
  });

  it('has sane hours data: opening before closing, days unique and ascending', () => {
    for (const contact of getContacts()) {
      for (const phone of contact.phones) {
        const hours = phone.hours;
        if (hours?.kind !== 'weekly') continue;
        expect(hours.opens < hours.closes, `${contact.id} opens before it closes`).to.equal(true);
        expect([...new Set(hours.days)].sort()).to.deep.equal(hours.days);
      }
    }
  });

  it('lists emergency numbers that belong to their contact', () => {
    const emergency = getEmergencyNumbers();
    expect(emergency.map((entry) => entry.number)).to.deep.equal(['112', '113', '116117', '02800', '116111']);
    for (const entry of emergency) {
      expect(getContact(entry.contact)?.phones.map((phone) => phone.number), entry.contact).to.include(entry.number);
    }
    expect(emergency.find((entry) => entry.number === '116111')?.minorsOnly).to.equal(true);
  });

  it('names only places its own quoted text names', () => {
    for (const contact of getContacts()) {
      const quoted = [contact.description, ...(contact.details ?? []).flatMap((block) => ('items' in block ? [block.text ?? '', ...block.items] : [block.text]))].join(' ');
      for (const place of contact.places ?? []) expect(quoted, `${contact.id}: ${place}`).to.include(place);
    }
    // Written from the guide's Del 8, not from the file.
    expect(getContact('caritas')?.places).to.deep.equal(['Oslo', 'Bergen', 'Stavanger', 'Trondheim', 'Drammen', 'Tromsø', 'Arendal']);
    expect(getContact('sua')?.places).to.deep.equal(['Oslo', 'Stavanger', 'Bergen', 'Trondheim', 'Kirkenes']);
    expect(getContact('nadheim')?.places).to.deep.equal(['Oslo', 'Bergen', 'Stavanger', 'Trondheim']);
  });

  it('tells on the KOM contact that KOM does not handle individual cases (Del 1)', async () => {
    await whenLocaleLoaded('nn');
    expect(getContact('kom')?.note).to.equal('KOM behandler ikke enkeltsaker.');
    expect(getContact('kom', 'nn')?.note).to.be.a('string').and.not.equal('KOM behandler ikke enkeltsaker.');
  });

  it('keeps the rest of the guide\'s description where the guide says more than one sentence', () => {
    // Sentences written from Del 8 that the first sentence leaves out (target groups, housing, cities).
    const expected: Record<string, string> = {
      frelsesarmeen: 'Safe House Filemon i Oslo er et botilbud for menn utsatt for tvangsarbeid eller -tjenester.',
      maritastiftelsen: 'De har en nattåpen kontaktkafe',
      caritas: 'De har også rådgivningssentre for au pairer og vertsfamilier.',
      stottesenter: 'hjelp til å søke voldsoffererstatning',
      rosa: 'Tiltaket koordinerer også bistand og trygge botilbud til antatte ofre gjennom krisesentrene.',
      'rode-kors': 'Røde Kors tilbyr aktiviteten EVA i Bergen og Stavanger.',
    };
    for (const [id, sentence] of Object.entries(expected)) {
      const contact = getContact(id)!;
      const details = JSON.stringify(contact.details ?? []);
      expect(details, id).to.include(sentence);
    }
  });

  it('uses each category of Del 8 and only those', () => {
    const categories = getContactCategories().map((category) => category.id);
    expect(new Set(getContacts().map((contact) => contact.category))).to.deep.equal(new Set(categories));
  });
});

describe('hours (Europe/Oslo)', () => {
  const udi: OpeningHours = { kind: 'weekly', days: [1, 2, 3, 4, 5], opens: '10:00', closes: '15:00' };

  it('reads the Oslo clock across daylight saving time', () => {
    // 2025-03-30 01:30Z is 03:30 CEST (after the spring change); 00:30Z is 01:30 CET.
    expect(osloClock(new Date('2025-03-30T00:30:00Z'))).to.deep.equal({ weekday: 7, minutes: 90 });
    expect(osloClock(new Date('2025-03-30T01:30:00Z'))).to.deep.equal({ weekday: 7, minutes: 210 });
    // 2025-10-26: 00:30Z is 02:30 CEST, 01:30Z is 02:30 CET (the hour repeats).
    expect(osloClock(new Date('2025-10-26T00:30:00Z')).minutes).to.equal(150);
    expect(osloClock(new Date('2025-10-26T01:30:00Z')).minutes).to.equal(150);
  });

  it('is open inside the hours and closed at closing time', () => {
    // Wednesday 2025-06-11, CEST = UTC+2.
    expect(hoursStatus(udi, new Date('2025-06-11T07:59:00Z'))).to.deep.equal({ kind: 'closed', day: 3, opens: '10:00', inDays: 0 });
    expect(hoursStatus(udi, new Date('2025-06-11T08:00:00Z'))).to.deep.equal({ kind: 'open', closes: '15:00' });
    expect(hoursStatus(udi, new Date('2025-06-11T12:59:00Z')).kind).to.equal('open');
    expect(hoursStatus(udi, new Date('2025-06-11T13:00:00Z'))).to.deep.equal({ kind: 'closed', day: 4, opens: '10:00', inDays: 1 });
  });

  it('skips the weekend to Monday', () => {
    // Friday 2026-01-16 16:00 CET and Saturday 2026-01-17 12:00 CET.
    expect(hoursStatus(udi, new Date('2026-01-16T15:00:00Z'))).to.deep.equal({ kind: 'closed', day: 1, opens: '10:00', inDays: 3 });
    expect(hoursStatus(udi, new Date('2026-01-17T11:00:00Z'))).to.deep.equal({ kind: 'closed', day: 1, opens: '10:00', inDays: 2 });
  });

  it('knows always-open and word-only hours', () => {
    expect(hoursStatus({ kind: 'always' }, new Date())).to.deep.equal({ kind: 'always' });
    expect(hoursStatus({ kind: 'text', text: 'x' }, new Date())).to.deep.equal({ kind: 'unknown' });
    expect(hoursStatus(undefined, new Date())).to.deep.equal({ kind: 'unknown' });
  });
});
