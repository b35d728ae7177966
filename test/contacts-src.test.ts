/**
 * `contacts-src` on <mh-contact-list> and <mh-contact-card>: local contacts from a JSON file on
 * the page's own origin (served by web-test-runner from test/fixtures/contacts-src/). Expected
 * names come from the fixture files, read here with fetch, not from what the widget printed.
 */
import { expect, fixture } from '@open-wc/testing';
import '../components/contact-list/define.js';
import '../components/contact-card/define.js';
import type { MhContactList } from '../components/contact-list/contact-list.js';
import type { MhContactCard } from '../components/contact-card/contact-card.js';
import { strings as contactStrings } from '../src/contact/strings.js';
import { strings as listStrings } from '../components/contact-list/strings.js';
import { getContact, getContacts } from '../src/content/contacts.js';
import { captureWarnings } from './helpers.js';
import { whenLocaleLoaded } from '../src/i18n.js';

const DIR = '/test/fixtures/contacts-src';
const VALID = `${DIR}/kontakter.json`;
const nb = contactStrings('nb');

interface FixtureContact {
  id: string;
  name: string;
}

async function fixtureContacts(path: string): Promise<FixtureContact[]> {
  const data = (await (await fetch(path)).json()) as FixtureContact[] | { contacts: FixtureContact[] };
  return Array.isArray(data) ? data : data.contacts;
}

/** Records every fetch while `run` executes; `hold` delays the answers until `release()`. */
function spyFetch(hold = false) {
  const original = window.fetch;
  const calls: { url: string; init?: RequestInit }[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  if (!hold) release();
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), init });
    await released;
    return original.call(window, input, init);
  };
  return { calls, release, restore: () => (window.fetch = original) };
}

/** Waits until `condition` holds (the request starts once the code that reads the file has loaded). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition(), what).to.equal(true);
}

const capitalized = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const names = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll('.contact [part~="name"]')].map((node) => node.textContent?.trim());
const problems = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll('[part~="problem"]')].map((node) => node.textContent?.trim());
const localSection = (element: HTMLElement) => element.shadowRoot!.querySelector('section[aria-labelledby="group-local"]');

async function list(attributes: string, inner = ''): Promise<MhContactList> {
  const wrapper = await fixture<HTMLDivElement>(`<div><mh-contact-list ${attributes}>${inner}</mh-contact-list></div>`);
  const element = wrapper.firstElementChild as MhContactList;
  await element.hostContactsReady;
  return element;
}

async function card(attributes: string): Promise<MhContactCard> {
  const wrapper = await fixture<HTMLDivElement>(`<div><mh-contact-card ${attributes}></mh-contact-card></div>`);
  const element = wrapper.firstElementChild as MhContactCard;
  await element.hostContactsReady;
  return element;
}

describe('contacts-src on <mh-contact-list>', () => {
  it('lists the contacts of a valid file first, under «Lokale kontakter», then the guide', async () => {
    const expected = (await fixtureContacts(VALID)).map((contact) => contact.name);
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => (element = await list(`contacts-src="${VALID}"`)));
    expect(warnings).to.deep.equal([]);
    const section = localSection(element);
    expect(section?.querySelector('[part~="group-heading"]')?.textContent?.trim()).to.equal(listStrings('nb').localHeading);
    expect([...section!.querySelectorAll('[part~="name"]')].map((node) => node.textContent?.trim())).to.deep.equal(expected);
    expect(names(element)).to.deep.equal([...expected, ...getContacts().map((contact) => capitalized(contact.name))]);
    expect(problems(element)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('fetches with the page’s credentials, same-origin mode and the default cache', async () => {
    const spy = spyFetch();
    try {
      await list(`contacts-src="${VALID}"`);
    } finally {
      spy.restore();
    }
    expect(spy.calls).to.have.length(1);
    expect(new URL(spy.calls[0]!.url).pathname).to.equal(VALID);
    expect(spy.calls[0]!.init).to.include({ credentials: 'same-origin', mode: 'same-origin', cache: 'default' });
  });

  it('shows the guide’s contacts and a loading line in the local section while the file loads', async () => {
    const spy = spyFetch(true);
    let element!: MhContactList;
    try {
      const wrapper = await fixture<HTMLDivElement>(`<div><mh-contact-list contacts-src="${VALID}"></mh-contact-list></div>`);
      element = wrapper.firstElementChild as MhContactList;
      await element.updateComplete;
      const section = localSection(element);
      expect(section, 'the local section holds its place').to.not.equal(null);
      expect(section!.getAttribute('aria-busy')).to.equal('true');
      expect(section!.querySelector('[part="file-loading"]')?.textContent?.trim()).to.equal(nb.fileLoading);
      expect(names(element)).to.deep.equal(getContacts().map((contact) => capitalized(contact.name)));
      await expect(element).to.be.accessible();
      const firstGuideTop = element.shadowRoot!.querySelector('section[aria-labelledby="group-public"]')!.getBoundingClientRect().top;
      spy.release();
      await element.hostContactsReady;
      expect(localSection(element)!.hasAttribute('aria-busy')).to.equal(false);
      expect(element.shadowRoot!.querySelector('[part="file-loading"]')).to.equal(null);
      // The guide's contacts move down by the local cards only: the heading was already there.
      const moved = element.shadowRoot!.querySelector('section[aria-labelledby="group-public"]')!.getBoundingClientRect().top - firstGuideTop;
      const cards = [...localSection(element)!.querySelectorAll('.contact')].reduce((sum, node) => sum + node.getBoundingClientRect().height, 0);
      expect(moved).to.be.below(cards + 40);
    } finally {
      spy.restore();
    }
  });

  it('reports a file that is not JSON, names contacts-src once, and still lists the guide', async () => {
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => (element = await list(`contacts-src="${DIR}/broken.json"`)));
    expect(problems(element)).to.deep.equal([nb.fileInvalid(`${DIR}/broken.json`)]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('contacts-src').and.include('broken.json').and.include('JSON');
    expect(localSection(element)).to.equal(null);
    expect(names(element)).to.deep.equal(getContacts().map((contact) => capitalized(contact.name)));
    await expect(element).to.be.accessible();
  });

  it('reports a file that is JSON but not a list of contacts', async () => {
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => (element = await list(`contacts-src="${DIR}/not-a-list.json"`)));
    expect(problems(element)).to.deep.equal([nb.fileInvalid(`${DIR}/not-a-list.json`)]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('contacts-src');
  });

  it('validates each entry with the JSON block’s schema: bad entries and a guide id are left out and reported', async () => {
    const [good] = await fixtureContacts(`${DIR}/bad-entry.json`);
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => (element = await list(`contacts-src="${DIR}/bad-entry.json"`)));
    expect([...localSection(element)!.querySelectorAll('[part~="name"]')].map((node) => node.textContent?.trim())).to.deep.equal([good!.name]);
    expect(problems(element)).to.have.length(2);
    expect(problems(element)[0]).to.equal(nb.fileEntry(`${DIR}/bad-entry.json`, 'contacts[1] ("lenke-fil")', 'web.0.href'));
    expect(problems(element)[1]).to.equal(nb.fileEntry(`${DIR}/bad-entry.json`, 'contacts[2] ("rosa")', 'id'));
    expect(warnings).to.have.length(2);
    for (const warning of warnings) expect(warning).to.include('contacts-src');
    expect(element.shadowRoot!.querySelector('a[href^="javascript:"]')).to.equal(null);
    // The guide's ROSA is still the guide's.
    expect(names(element)).to.include(capitalized(getContact('rosa')!.name));
    await expect(element).to.be.accessible();
  });

  it('reports a file that is not there (404) with one warning naming contacts-src', async () => {
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => (element = await list(`contacts-src="${DIR}/missing.json"`)));
    expect(problems(element)).to.deep.equal([nb.fileFailed(`${DIR}/missing.json`)]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('contacts-src').and.include('404');
    expect(names(element)).to.deep.equal(getContacts().map((contact) => capitalized(contact.name)));
    await expect(element).to.be.accessible();
  });

  it('says it again in the new language when lang changes, without warning again', async () => {
    await whenLocaleLoaded('en');
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => {
      element = await list(`contacts-src="${DIR}/missing.json"`);
      element.lang = 'en';
      await element.updateComplete;
    });
    expect(problems(element)).to.deep.equal([contactStrings('en').fileFailed(`${DIR}/missing.json`)]);
    expect(warnings).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  for (const src of ['https://example.org/kontakter.json', '//example.org/kontakter.json', `http://127.0.0.1:${location.port}${VALID}`, 'data:application/json,[]', 'javascript:alert(1)']) {
    it(`refuses another origin without a request: ${src}`, async () => {
      const spy = spyFetch();
      let element!: MhContactList;
      let warnings: string[];
      try {
        warnings = await captureWarnings(async () => (element = await list(`contacts-src="${src}"`)));
      } finally {
        spy.restore();
      }
      expect(spy.calls).to.deep.equal([]);
      expect(problems(element)).to.deep.equal([nb.fileRefused(src)]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('contacts-src').and.include('not allowed');
      expect(names(element)).to.deep.equal(getContacts().map((contact) => capitalized(contact.name)));
      await expect(element).to.be.accessible();
    });
  }

  it('lets the page’s JSON block replace a file entry with the same id; the block comes first', async () => {
    const fileContacts = await fixtureContacts(VALID);
    const replaced = fileContacts[1]!;
    const block = [{ id: replaced.id, name: 'Krisesenteret, sidens egen oppføring' }];
    let element!: MhContactList;
    const warnings = await captureWarnings(
      async () => (element = await list(`contacts-src="${VALID}"`, `<script type="application/json">${JSON.stringify(block)}</script>`)),
    );
    expect(warnings).to.deep.equal([]);
    const local = [...localSection(element)!.querySelectorAll('[part~="name"]')].map((node) => node.textContent?.trim());
    expect(local).to.deep.equal([block[0]!.name, ...fileContacts.filter((contact) => contact.id !== replaced.id).map((contact) => contact.name)]);
  });

  it('shows chosen ids from the file in order, without calling them unknown while they load', async () => {
    const [first] = await fixtureContacts(VALID);
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => (element = await list(`ids="${first!.id} rosa" contacts-src="${VALID}"`)));
    expect(warnings).to.deep.equal([]);
    expect(names(element)).to.deep.equal([first!.name, capitalized(getContact('rosa')!.name)]);
    expect(problems(element)).to.deep.equal([]);
  });

  it('aborts the request when contacts-src changes, and shows only the new file', async () => {
    const spy = spyFetch(true);
    try {
      const wrapper = await fixture<HTMLDivElement>(`<div><mh-contact-list contacts-src="${VALID}"></mh-contact-list></div>`);
      const element = wrapper.firstElementChild as MhContactList;
      await until(() => spy.calls.length === 1, 'the first request started');
      element.setAttribute('contacts-src', `${DIR}/bad-entry.json`);
      await element.updateComplete;
      await until(() => spy.calls.length === 2, 'the second request started');
      expect(spy.calls.map((call) => new URL(call.url).pathname)).to.deep.equal([VALID, `${DIR}/bad-entry.json`]);
      expect(spy.calls[0]!.init!.signal!.aborted).to.equal(true);
      expect(spy.calls[1]!.init!.signal!.aborted).to.equal(false);
      spy.release();
      await captureWarnings(() => element.hostContactsReady);
      const [good] = await fixtureContacts(`${DIR}/bad-entry.json`);
      expect([...localSection(element)!.querySelectorAll('[part~="name"]')].map((node) => node.textContent?.trim())).to.deep.equal([good!.name]);
    } finally {
      spy.restore();
    }
  });

  it('aborts the request when the element is removed, and loads again when it comes back', async () => {
    const spy = spyFetch(true);
    try {
      const wrapper = await fixture<HTMLDivElement>(`<div><mh-contact-list contacts-src="${VALID}"></mh-contact-list></div>`);
      const element = wrapper.firstElementChild as MhContactList;
      await until(() => spy.calls.length === 1, 'the request started');
      element.remove();
      expect(spy.calls[0]!.init!.signal!.aborted).to.equal(true);
      wrapper.append(element);
      spy.release();
      await element.hostContactsReady;
      expect(spy.calls).to.have.length(2);
      expect(localSection(element)!.querySelectorAll('.contact')).to.have.length((await fixtureContacts(VALID)).length);
    } finally {
      spy.restore();
    }
  });
});

describe('contacts-src on <mh-contact-card>', () => {
  it('shows a local contact from the file by its id, without the guide’s source footer', async () => {
    const [local] = await fixtureContacts(VALID);
    let element!: MhContactCard;
    const warnings = await captureWarnings(async () => (element = await card(`contact="${local!.id}" contacts-src="${VALID}"`)));
    expect(warnings).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[part~="name"]')?.textContent?.trim()).to.equal(local!.name);
    expect(element.shadowRoot!.querySelector('[part~="footer"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('holds the card’s place with a loading line, never a blank', async () => {
    const [local] = await fixtureContacts(VALID);
    const spy = spyFetch(true);
    try {
      const wrapper = await fixture<HTMLDivElement>(`<div><mh-contact-card contact="${local!.id}" contacts-src="${VALID}"></mh-contact-card></div>`);
      const element = wrapper.firstElementChild as MhContactCard;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="loading"]')?.textContent?.trim()).to.equal(nb.fileLoading);
      expect(element.getBoundingClientRect().height).to.be.above(0);
      await expect(element).to.be.accessible();
      spy.release();
      await element.hostContactsReady;
      expect(element.shadowRoot!.querySelector('[part~="name"]')?.textContent?.trim()).to.equal(local!.name);
    } finally {
      spy.restore();
    }
  });

  it('shares one request between cards that name the same file', async () => {
    const [first, second] = await fixtureContacts(VALID);
    const spy = spyFetch();
    try {
      const wrapper = await fixture<HTMLDivElement>(
        `<div><mh-contact-card contact="${first!.id}" contacts-src="${VALID}"></mh-contact-card><mh-contact-card contact="${second!.id}" contacts-src="${VALID}"></mh-contact-card></div>`,
      );
      const cards = [...wrapper.children] as MhContactCard[];
      await Promise.all(cards.map((element) => element.hostContactsReady));
      expect(spy.calls).to.have.length(1);
      expect(cards.map((element) => element.shadowRoot!.querySelector('[part~="name"]')?.textContent?.trim())).to.deep.equal([first!.name, second!.name]);
    } finally {
      spy.restore();
    }
  });

  it('shows an alert and one warning naming contacts-src when the file of its contact is missing', async () => {
    let element!: MhContactCard;
    const warnings = await captureWarnings(async () => (element = await card(`contact="barnevernvakt-fil" contacts-src="${DIR}/missing.json"`)));
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).to.equal(nb.fileFailed(`${DIR}/missing.json`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('contacts-src').and.include('404');
    await expect(element).to.be.accessible();
  });

  it('refuses another origin without a request, and still shows a contact of the guide', async () => {
    const spy = spyFetch();
    let element!: MhContactCard;
    let warnings: string[];
    try {
      warnings = await captureWarnings(async () => (element = await card('contact="rosa" contacts-src="https://example.org/kontakter.json"')));
    } finally {
      spy.restore();
    }
    expect(spy.calls).to.deep.equal([]);
    expect(problems(element)).to.deep.equal([nb.fileRefused('https://example.org/kontakter.json')]);
    expect(warnings).to.have.length(1);
    const rosaNumber = getContact('rosa')!.phones[0]!.number;
    expect(element.shadowRoot!.querySelector(`a[href="tel:+47${rosaNumber}"]`)).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says the contact was not found when the file does not have its id, with one warning', async () => {
    let element!: MhContactCard;
    const warnings = await captureWarnings(async () => (element = await card(`contact="finnes-ikke" contacts-src="${VALID}"`)));
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim()).to.equal(nb.notFound('finnes-ikke'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('contacts-src');
  });

  it('shows its entry’s problem when the file has it but it is invalid', async () => {
    let element!: MhContactCard;
    const warnings = await captureWarnings(async () => (element = await card(`contact="lenke-fil" contacts-src="${DIR}/bad-entry.json"`)));
    expect(problems(element)).to.deep.equal([nb.fileEntry(`${DIR}/bad-entry.json`, 'contacts[1] ("lenke-fil")', 'web.0.href')]);
    // Every bad entry is logged, the card shows only its own.
    expect(warnings).to.have.length(2);
    await expect(element).to.be.accessible();
  });
});
