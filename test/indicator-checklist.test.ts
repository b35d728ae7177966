import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../components/indicator-checklist/define.js';
import type { IndicatorsChangeDetail, MhIndicatorChecklist } from '../components/indicator-checklist/indicator-checklist.js';
import { safeSiteHref } from '../src/href.js';
import { examples } from '../components/indicator-checklist/examples.js';
import { appliesTo, getIndicators, listIndicators, type Form } from '../src/content/indicators.js';
import { getDuties } from '../src/content/duties.js';
import { getEmergencyNumbers } from '../src/content/contact-groups.js';
import { phoneDisplay } from '../src/content/phone.js';
import type { Lang } from '../src/locale.js';
import { captureWarnings, emulatePrint, nth, renderExample, root } from './helpers/index.js';
import { whenLocaleLoaded } from '../src/i18n.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

const data = getIndicators('nb');
const BOTH: Form[] = ['prostitution', 'forced-labour'];

/** The indicator checkboxes (not the two questions), in DOM order. */
function boxes(el: MhIndicatorChecklist): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]')];
}

/** The accessible label text of an indicator box (the label wraps it). */
function labelOf(input: HTMLInputElement): string {
  return nth(input.labels ?? [], 0, 'label').textContent!.trim();
}

function box(el: MhIndicatorChecklist, id: string): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>(`.checklist input[value="${id}"]`)!;
}

function expectedTexts(minor: boolean, forms: Form[]): string[] {
  return listIndicators(data)
    .filter((item) => appliesTo(item, { minor, forms }))
    .map((item) => item.text);
}

function summary(el: MhIndicatorChecklist): HTMLElement {
  return root(el).querySelector<HTMLElement>('[part="summary"]')!;
}

/** Visible text of the whole widget, with form controls' labels (what a reader sees). */
function visibleText(el: MhIndicatorChecklist): string {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ');
}

/** The age radios that are checked (none until the user answers). */
function checkedAges(el: MhIndicatorChecklist): string[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('input[name="age"]')].filter((input) => input.checked).map((input) => input.value);
}

/** The folded sections (categories and chosen forms), in order. */
function sections(el: MhIndicatorChecklist): HTMLDetailsElement[] {
  return [...root(el).querySelectorAll<HTMLDetailsElement>('details.category')];
}

/** The emergency number content gives for a contact id (never typed into a test). */
function emergency(contact: string): string {
  return getEmergencyNumbers('nb').find((entry) => entry.contact === contact)!.number;
}

async function inLang(lang: Lang, markup: string): Promise<MhIndicatorChecklist> {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  const el = wrapper.firstElementChild as MhIndicatorChecklist;
  await el.updateComplete;
  return el;
}

async function make(markup = html`<mh-indicator-checklist></mh-indicator-checklist>`): Promise<MhIndicatorChecklist> {
  const el = await fixture<MhIndicatorChecklist>(markup);
  await el.updateComplete;
  return el;
}

describe('<mh-indicator-checklist>', () => {
  describe('examples', () => {
    // Every example is axed once per language in test/gates/a11y.test.ts; here only the states reached by interaction.

    it('"With arenas" is accessible with the arenas open', async () => {
      const el = await renderExample<MhIndicatorChecklist>(examples.find((example) => example.name === 'With arenas')!);
      root(el).querySelector<HTMLDetailsElement>('details.arenas')!.open = true;
      await expect(el).to.be.accessible();
    });
  });

  describe('which indicators are shown', () => {
    it('with no attributes answers nothing about age and shows the minors\' indicators (in doubt, a child)', async () => {
      const el = await make();
      expect(checkedAges(el)).to.deep.equal([]);
      expect(boxes(el).map(labelOf)).to.deep.equal(expectedTexts(true, []));
      const minors = listIndicators(data).filter((item) => item.audience === 'minor' && !item.form);
      expect(minors.length).to.be.greaterThan(0);
      for (const item of minors) expect(box(el, item.id) === null, item.id).to.equal(false);
      expect(boxes(el).every((input) => !input.checked)).to.equal(true);
      expect(root(el).querySelector('.questions')!.textContent).to.include('Til du har svart, vises også indikatorene for mindreårige.');
    });

    it('shows the 49 indicators for adults with audience="adult", in the guide\'s order and wording', async () => {
      const el = await make(html`<mh-indicator-checklist audience="adult"></mh-indicator-checklist>`);
      expect(checkedAges(el)).to.deep.equal(['adult']);
      expect(boxes(el).length).to.equal(49);
      expect(boxes(el).map(labelOf)).to.deep.equal(expectedTexts(false, []));
      expect(boxes(el).every((input) => !input.checked)).to.equal(true);
    });

    it('shows 61 with audience="minor", with the two notes as text, not checkboxes', async () => {
      const el = await make(html`<mh-indicator-checklist audience="minor"></mh-indicator-checklist>`);
      expect(checkedAges(el)).to.deep.equal(['minor']);
      expect(boxes(el).length).to.equal(61);
      expect(boxes(el).map(labelOf)).to.deep.equal(expectedTexts(true, []));
      const notes = [...root(el).querySelectorAll('[part="note"]')].map((note) => note.textContent!.trim());
      expect(notes).to.deep.equal([
        'Vær oppmerksom på at foreldre, slektninger eller andre følgepersoner kan være involvert i utnyttingen av barnet.',
        'Vær oppmerksom på at følgepersoner til barnet kan ha en annen relasjon enn de oppgir å ha.',
      ]);
    });

    it('shows 73 with audience="minor" forms="prostitution forced-labour"', async () => {
      const el = await make(html`<mh-indicator-checklist audience="minor" forms="prostitution forced-labour"></mh-indicator-checklist>`);
      expect(boxes(el).length).to.equal(73);
      expect(boxes(el).map(labelOf)).to.deep.equal(expectedTexts(true, BOTH));
      expect(visibleText(el)).to.include('Vær i tillegg oppmerksom på disse indikatorene ved mulig utnyttelse til prostitusjon:');
      expect(visibleText(el)).to.include('Vær i tillegg oppmerksom på disse indikatorene ved mulig utnyttelse til tvangsarbeid:');
    });

    it('shows 49 + 4 and 49 + 8 for one form each', async () => {
      const el = await make(html`<mh-indicator-checklist audience="adult" forms="prostitution"></mh-indicator-checklist>`);
      expect(boxes(el).length).to.equal(53);
      el.forms = 'forced-labour';
      await el.updateComplete;
      expect(boxes(el).length).to.equal(57);
    });

    it('groups the indicators in four folded category sections (each a named fieldset) and five sub-groups under "Fremstår som kontrollert av andre"', async () => {
      const el = await make(html`<mh-indicator-checklist audience="adult"></mh-indicator-checklist>`);
      const titles = ['Bakgrunn og særlige sårbarheter', 'Stedstilknytning eller oppholdssteder', 'Opptreden', 'Fremstår som kontrollert av andre'];
      expect(titles).to.deep.equal(data.categories.map((category) => category.title));
      expect(sections(el).map((section) => section.querySelector('summary .category-title')!.textContent!.trim())).to.deep.equal(titles);
      expect(sections(el).map((section) => section.querySelector(':scope > fieldset > legend')!.textContent!.trim())).to.deep.equal(titles);
      expect(sections(el).every((section) => !section.open)).to.equal(true);
      const controlled = root(el).querySelector('details[data-category="controlled"] > fieldset')!;
      const subLegends = [...controlled.querySelectorAll(':scope > fieldset > legend')].map((legend) => legend.textContent!.trim());
      expect(subLegends).to.deep.equal([
        'Har en tilrettelegger/arbeidsgiver, eller en "fikser" som utøver kontroll:',
        'Er avhengig av tilrettelegger/arbeidsgiver',
        'Uttrykker frykt for tilrettelegger/arbeidsgiver',
        'Mangler kontroll over egen livssituasjon',
        'Blir utnyttet av tilrettelegger/arbeidsgiver',
      ]);
    });

    it('shows the caveat above the list', async () => {
      const el = await make();
      const caveat = root(el).querySelector('[part="caveat"]')!;
      expect(caveat.textContent!.trim()).to.equal(
        'Indikatorene er ikke rangert eller ment som en uttømmende liste. Indikatorene trenger isolert sett ikke å indikere utnyttelse. Det er viktig at indikatorene ses i sammenheng, og at du foretar en helhetsvurdering.',
      );
      const first = root(el).querySelector('.checklist')!;
      expect(caveat.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('answers to the questions add and remove indicators; answering "Nei" drops the minors\' ticks', async () => {
      const el = await make();
      expect(boxes(el).length).to.equal(61);
      const minorRadio = root(el).querySelector<HTMLInputElement>('#age-minor')!;
      minorRadio.click();
      await el.updateComplete;
      expect(boxes(el).length).to.equal(61);
      el.selected = ['controlled-minor-fixer', 'behaviour-acts-as-instructed'];
      await el.updateComplete;
      root(el).querySelector<HTMLInputElement>('#age-adult')!.click();
      await el.updateComplete;
      expect(boxes(el).length).to.equal(49);
      expect(el.selected).to.deep.equal(['behaviour-acts-as-instructed']);
      root(el).querySelector<HTMLInputElement>('#form-forced-labour')!.click();
      await el.updateComplete;
      expect(boxes(el).length).to.equal(57);
    });

    it('states the rule for doubt about age (Del 6) at the question', async () => {
      const el = await make();
      expect(root(el).querySelector('.questions')!.textContent).to.include(
        'Er du i tvil om en person er under 18 år, skal personen behandles som et barn inntil alderen er klarlagt.',
      );
    });

    it('shows the arenas in a closed <details> only with show-arenas', async () => {
      const el = await make();
      expect(root(el).querySelector('details.arenas') === null).to.equal(true);
      el.showArenas = true;
      await el.updateComplete;
      const details = root(el).querySelector<HTMLDetailsElement>('details.arenas')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Hvor kan utnyttning skje?');
      expect(details.textContent).to.include('digitale arenaer for deling og direktestrømming av overgrepsmateriale');
    });
  });

  describe('answer first: warning panel, folded sections, summary link', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['nb', 'nn', 'en'] as const) {
      it(`puts 112, 113 and 116 111 as tel: links in a warning panel above the list (${lang})`, async () => {
        const el = await inLang(lang, '<mh-indicator-checklist></mh-indicator-checklist>');
        const panel = root(el).querySelector('[part="urgent"]')!;
        const list = root(el).querySelector('.checklist')!;
        expect(panel.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        const links = [...panel.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
        const digits = ['politiet', 'helse', 'alarmtelefonen'].map(emergency);
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(digits.map((number) => `tel:${number}`));
        expect(links.map((a) => a.textContent!.trim())).to.deep.equal(digits.map(phoneDisplay));
        // Each link's name says whom you call and contains the number shown (WCAG 2.5.3).
        for (const a of links) expect(a.getAttribute('aria-label')).to.include(a.textContent!.trim());
        await expect(el).to.be.accessible();
      });
    }

    it('labels the numbers with the guide\'s words (Del 6)', async () => {
      const el = await make();
      const items = [...root(el).querySelectorAll('[part="urgent"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items[0]).to.equal(`Ved akutt fare, ring politiets nødnummer ${phoneDisplay(emergency('politiet'))}`);
      expect(items[1]).to.equal(`Ved livstruende sykdom eller skade, ring medisinsk nødtelefonhjelp ${phoneDisplay(emergency('helse'))}`);
      expect(items[2]).to.match(/^Dersom personen er antatt mindreårig: ring barnevernstjenesten .*Alarmtelefonen for barn og unge/);
      expect(items[2]).to.include(phoneDisplay(emergency('alarmtelefonen')));
    });

    it('keeps 112 and 113 but leaves out the child line for audience="adult"', async () => {
      const el = await make(html`<mh-indicator-checklist audience="adult"></mh-indicator-checklist>`);
      const hrefs = [...root(el).querySelectorAll('[part="urgent"] a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([`tel:${emergency('politiet')}`, `tel:${emergency('helse')}`]);
    });

    it('folds every section at first; a header names what is ticked in it by the indicator\'s text, never how many', async () => {
      const el = await make();
      expect(sections(el).length).to.equal(data.categories.length);
      expect(sections(el).every((section) => !section.open)).to.equal(true);
      const ids = ['controlled-debt-bondage', 'controlled-minor-fixer'];
      for (const id of ids) box(el, id).click();
      await el.updateComplete;
      const controlled = root(el).querySelector<HTMLDetailsElement>('details[data-category="controlled"]')!;
      const text = (id: string) => listIndicators(data).find((item) => item.id === id)!.text;
      const named = [...controlled.querySelectorAll<HTMLElement>('summary .ticked-item')].map((item) => ({ id: item.dataset.id, text: item.textContent!.replace(/;$/, '').trim() }));
      // The guide's order: the fixer (minors) comes before debt bondage.
      expect(named).to.deep.equal([
        { id: 'controlled-minor-fixer', text: text('controlled-minor-fixer') },
        { id: 'controlled-debt-bondage', text: text('controlled-debt-bondage') },
      ]);
      expect(controlled.querySelector('summary')!.textContent).to.include('Krysset av:');
      expect(controlled.querySelector('summary')!.textContent).to.not.match(/\d/);
      for (const other of sections(el).filter((section) => section !== controlled)) expect(other.querySelector('.ticked') === null).to.equal(true);
      // Every open section now offers the way to the summary.
      controlled.open = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(controlled.querySelector('.to-summary a')!.getAttribute('href')).to.equal('#summary-heading');
    });

    it('starts with every section open with `expanded`, and the user can still fold them', async () => {
      const el = await make(html`<mh-indicator-checklist expanded forms="prostitution"></mh-indicator-checklist>`);
      expect(sections(el).length).to.equal(data.categories.length + 1);
      expect(sections(el).every((section) => section.open)).to.equal(true);
      const button = root(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      button.click();
      await el.updateComplete;
      expect(sections(el).some((section) => section.open)).to.equal(false);
      el.resetState();
      await el.updateComplete;
      expect(sections(el).every((section) => section.open), 'back to the preset').to.equal(true);
    });

    it('is at most 2 000 px tall at 360 × 740 with every section folded, in nb, nn and en', async () => {
      await setViewport({ width: 360, height: 740 });
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const el = await inLang(lang, '<mh-indicator-checklist></mh-indicator-checklist>');
        expect(sections(el).some((section) => section.open)).to.equal(false);
        const height = el.getBoundingClientRect().height;
        expect(height, `${lang}: ${Math.round(height)} px`).to.be.at.most(2000);
        expect(el.scrollWidth, `${lang}: no sideways scroll`).to.be.at.most(360);
      }
    });

    it('keeps lines to at most 75 characters at 1280 px, every section open and every box ticked', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await make(html`<mh-indicator-checklist audience="minor" forms="prostitution forced-labour" show-arenas></mh-indicator-checklist>`);
      root(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!.click();
      root(el).querySelector('details.arenas')!.setAttribute('open', '');
      await el.updateComplete;
      for (const input of boxes(el)) input.click();
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.greaterThan(1000);
      // Count the characters on each rendered line of every text node, line by line (by top edge).
      const lines = new Map<string, number>();
      const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let blockIndex = 0;
      const blocks = new Map<Element, number>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent) continue; // white space between the top-level elements
        // A ticked header line is cut with an ellipsis at the same measure; its hidden rest is not a line.
        if (parent.closest('.ticked-item, .print-only, .visually-hidden')) continue; // cut, not printed, or not drawn
        let block: Element = parent;
        while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
        if (!blocks.has(block)) blocks.set(block, (blockIndex += 1));
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          const key = `${blocks.get(block)}:${Math.round(rect.top)}`;
          lines.set(key, (lines.get(key) ?? 0) + 1);
        }
      }
      expect(lines.size).to.be.greaterThan(200);
      const longest = Math.max(...lines.values());
      const [where] = [...lines].find(([, count]) => count === longest)!;
      const block = [...blocks].find(([, index]) => index === Number(where.split(':')[0]))![0];
      expect(longest, `longest line: ${longest} characters in <${block.localName} class="${block.className}">${block.textContent!.trim().slice(0, 60)}`).to.be.at.most(75);
      for (const item of root(el).querySelectorAll('.ticked-item')) {
        expect(item.getBoundingClientRect().width, 'ticked line').to.be.at.most(item.closest('summary')!.getBoundingClientRect().width);
      }
    });

    for (const lang of ['nb', 'nn', 'en'] as const) {
      it(`is accessible with sections open, ticks named in the headers and the summary link shown (${lang})`, async () => {
        const el = await inLang(lang, '<mh-indicator-checklist forms="prostitution"></mh-indicator-checklist>');
        el.selected = ['background-reduced-health', 'controlled-minor-fixer', 'prostitution-unaware-of-advert', 'behaviour-unexplained-injuries'];
        await el.updateComplete;
        await expect(el).to.be.accessible(); // folded, with ticks named
        root(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!.click();
        await el.updateComplete;
        expect(root(el).querySelectorAll('.to-summary').length).to.equal(sections(el).length);
        await expect(el).to.be.accessible();
        const adult = await inLang(lang, '<mh-indicator-checklist audience="adult"></mh-indicator-checklist>');
        await expect(adult).to.be.accessible();
      });
    }
  });

  describe('events and the selected property', () => {
    it('fires mh-indicators-change with selected, audience and forms when a box is ticked', async () => {
      const el = await make(html`<mh-indicator-checklist forms="forced-labour"></mh-indicator-checklist>`);
      const input = box(el, 'forced-labour-no-real-contract');
      setTimeout(() => input.click());
      const event = (await oneEvent(el, 'mh-indicators-change')) as CustomEvent<IndicatorsChangeDetail>;
      expect(event.detail).to.deep.equal({ selected: ['forced-labour-no-real-contract'], audience: 'unknown', forms: ['forced-labour'] });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires on answers too', async () => {
      const el = await make();
      setTimeout(() => root(el).querySelector<HTMLInputElement>('#age-minor')!.click());
      const event = (await oneEvent(el, 'mh-indicators-change')) as CustomEvent<IndicatorsChangeDetail>;
      expect(event.detail).to.deep.equal({ selected: [], audience: 'minor', forms: [] });
    });

    it('round-trips selected in the guide\'s order, ticking the boxes and revealing what is needed', async () => {
      const el = await make();
      el.selected = ['prostitution-cannot-choose-customers', 'background-minor-not-in-school', 'background-reduced-health'];
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['background-reduced-health', 'background-minor-not-in-school', 'prostitution-cannot-choose-customers']);
      expect(boxes(el).length).to.equal(49 + 12 + 4);
      const checked = boxes(el).filter((input) => input.checked).map((input) => input.value);
      expect(checked).to.deep.equal(el.selected);
      // The minors' indicators were already shown: setting ids answers no question for the user.
      expect(checkedAges(el)).to.deep.equal([]);
    });

    it('after "Nei", a minors\' id set by script answers "Ja, eller du er i tvil" so no tick is hidden', async () => {
      const el = await make(html`<mh-indicator-checklist audience="adult"></mh-indicator-checklist>`);
      el.selected = ['background-minor-not-in-school'];
      await el.updateComplete;
      expect(checkedAges(el)).to.deep.equal(['minor']);
      expect(box(el, 'background-minor-not-in-school').checked).to.equal(true);
    });

    it('drops unknown ids with a warning and a visible notice', async () => {
      const el = await make();
      const warnings = await captureWarnings(async () => {
        el.selected = ['background-reduced-health', 'no-such-indicator'];
        await el.updateComplete;
      });
      expect(el.selected).to.deep.equal(['background-reduced-health']);
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.include('no-such-indicator');
      expect(root(el).querySelector('[part="problem"]')!.textContent).to.include('no-such-indicator');
    });

    it('accepts selected set before the element is connected', async () => {
      const el = document.createElement('div');
      const plain = document.createElement('mh-indicator-checklist') as MhIndicatorChecklist;
      plain.selected = ['behaviour-distrusts-authorities'];
      el.append(plain);
      document.body.append(el);
      await plain.updateComplete;
      expect(plain.selected).to.deep.equal(['behaviour-distrusts-authorities']);
      el.remove();
    });
  });

  describe('summary', () => {
    it('is a polite live region from the first render', async () => {
      const el = await make();
      const live = summary(el).querySelector('[aria-live="polite"]');
      expect(live === null).to.equal(false);
      expect(live!.textContent).to.include('Du har ikke krysset av for noen indikatorer.');
    });

    it('lists the ticked indicators under their category, in the guide\'s order', async () => {
      const el = await make(html`<mh-indicator-checklist audience="minor" forms="forced-labour"></mh-indicator-checklist>`);
      for (const id of ['forced-labour-online-job-offer', 'controlled-debt-bondage', 'background-socially-isolated', 'controlled-minor-fixer']) {
        box(el, id).click();
      }
      await el.updateComplete;
      const groups = [...summary(el).querySelectorAll('.ticked-group')].map((group) => ({
        title: group.querySelector('h4')!.textContent!.trim(), // widget h2 → summary h3 → group h4
        items: [...group.querySelectorAll('li')].map((li) => li.textContent!.trim()),
      }));
      const text = (id: string) => listIndicators(data).find((item) => item.id === id)!.text;
      expect(groups).to.deep.equal([
        { title: 'Bakgrunn og særlige sårbarheter', items: [text('background-socially-isolated')] },
        { title: 'Fremstår som kontrollert av andre', items: [text('controlled-minor-fixer'), text('controlled-debt-bondage')] },
        { title: 'Mulig utnyttelse til tvangsarbeid', items: [text('forced-labour-online-job-offer')] },
      ]);
    });

    it('gives the four steps of Del 6 (folded until a tick) and, for a possible minor, barnevernet and Alarmtelefonen 116 111', async () => {
      const adult = await make(html`<mh-indicator-checklist audience="adult"></mh-indicator-checklist>`);
      expect(summary(adult).querySelectorAll('ol.steps > li').length).to.equal(4);
      expect(summary(adult).querySelector('details.steps-disclosure ol.steps') === null, 'folded before a tick').to.equal(false);
      expect(summary(adult).textContent).to.include('vurdere å varsle politi og barnevern');
      expect([...summary(adult).querySelectorAll('ol.steps > li')].map((li) => li.textContent!.trim())).to.deep.equal(getDuties('nb').steps.map((step) => step.text));
      adult.selected = ['background-reduced-health'];
      await adult.updateComplete;
      expect(summary(adult).querySelector('details.steps-disclosure') === null, 'open after a tick').to.equal(true);
      expect(summary(adult).querySelectorAll('ol.steps > li').length).to.equal(4);
      expect(summary(adult).querySelector('a[href="tel:116111"]') === null, 'no child line for an adult').to.equal(true);
      const minor = await make(html`<mh-indicator-checklist audience="minor"></mh-indicator-checklist>`);
      minor.selected = ['background-reduced-health'];
      await minor.updateComplete;
      const text = summary(minor).textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('barnevern');
      expect(text).to.include('Er du i tvil om en person er under 18 år, skal personen behandles som et barn inntil alderen er klarlagt.');
      // The guide (Del 6 and 8): "Alarmtelefonen for barn og unge: 116 111".
      const tel = summary(minor).querySelector<HTMLAnchorElement>('.minor-block a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal('tel:116111');
      expect(tel.textContent!.trim()).to.equal('116 111');
      expect(tel.getAttribute('aria-label')).to.include('Alarmtelefonen for barn og unge');
    });

    it('names 112 and 113 as tel: links once something is ticked, e.g. injuries that may come from violence', async () => {
      const el = await make();
      el.selected = ['behaviour-unexplained-injuries'];
      await el.updateComplete;
      const hrefs = [...summary(el).querySelectorAll<HTMLAnchorElement>('.urgent-list a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([`tel:${emergency('politiet')}`, `tel:${emergency('helse')}`]);
      const text = summary(el).textContent!.replace(/\s+/g, ' ');
      expect(text).to.include(`Ved akutt fare, ring politiets nødnummer ${phoneDisplay(emergency('politiet'))}`);
      expect(text).to.include(`Ved livstruende sykdom eller skade, ring medisinsk nødtelefonhjelp ${phoneDisplay(emergency('helse'))}`);
    });

    it('links to the host\'s pages only with safe hrefs', async () => {
      const plain = await make();
      expect(summary(plain).querySelectorAll('.links a').length).to.equal(0);
      expect(summary(plain).querySelectorAll('.links li').length).to.equal(3);
      const linked = await make(
        html`<mh-indicator-checklist duty-href="#meldeplikt" rights-href="/rettigheter" contacts-href="https://example.com/kontakter"></mh-indicator-checklist>`,
      );
      // Resolved against the document's URL, not its base URL (an in-page link stays in the page under <base href>).
      expect([...summary(linked).querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => a.href)).to.deep.equal(
        ['#meldeplikt', '/rettigheter', 'https://example.com/kontakter'].map((href) => new URL(href, window.location.href).href),
      );
    });

    it('never shows a score, a total, a share or a risk level, in any state or language, and ticking adds no number anywhere', async () => {
      // "[^\S\n]": a number ending one block ("116 111") next to the first word of the next block is no count.
      const forbidden = [/\d+[^\S\n]*\/[^\S\n]*\d+/, /%/, /\b(av|of)[^\S\n]+\d+/i, /\d+[^\S\n]+(indikator|indicator)/i, /poeng|score|points|totalt|total|risiko|risk|terskel|threshold/i];
      // Text as laid out (a line break between blocks) and the attributes a screen reader reads.
      const layoutText = (el: MhIndicatorChecklist) => [...root(el).children].map((child) => (child as HTMLElement).innerText).join('\n');
      const everything = (el: MhIndicatorChecklist) => {
        const labels = [...root(el).querySelectorAll('[aria-label], [title], [aria-valuenow], [aria-valuetext]')].map((node) =>
          ['aria-label', 'title', 'aria-valuenow', 'aria-valuetext'].map((name) => node.getAttribute(name) ?? '').join(' '),
        );
        return `${layoutText(el)}\n${labels.join('\n')}`;
      };
      const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();
      for (const lang of ['nb', 'nn', 'en'] as const) {
        for (const example of examples) {
          const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${example.markup}</div>`);
          const el = wrapper.firstElementChild as MhIndicatorChecklist;
          if (example.setup) await example.setup(el);
          await el.updateComplete;
          el.selected = [];
          await el.updateComplete;
          const before = everything(el);
          // Tick every box a user can see (open every section first, as a user would), then read it all.
          root(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!.click();
          await el.updateComplete;
          for (const input of boxes(el)) input.click();
          await el.updateComplete;
          expect(boxes(el).every((input) => input.checked), `${example.name} (${lang}) all ticked`).to.equal(true);
          expect(sections(el).every((section) => section.querySelectorAll('.ticked-item').length > 0), 'every header names its ticks').to.equal(true);
          const after = everything(el);
          for (const pattern of forbidden) expect(after, `${example.name} (${lang}) matches ${pattern}`).to.not.match(pattern);
          // Every figure on screen after ticking was there before ticking (phone numbers, "18", the
          // year), and what shows the ticks has no figure at all: no count, total or share of ticks.
          const known = new Set(numbers(before));
          expect(numbers(after).filter((figure) => !known.has(figure)), `${example.name} (${lang}) new figures`).to.deep.equal([]);
          const tickViews = root(el).querySelectorAll('details.category > summary, .ticked-group, .to-summary, .summary .live > p');
          expect(tickViews.length).to.be.greaterThan(sections(el).length);
          for (const view of tickViews) expect(view.textContent, `${example.name} (${lang}) ${view.className}`).to.not.match(/\d/);
        }
      }
    });
  });

  describe('reset, print and quick exit', () => {
    it('"Nullstill" clears ticks and answers back to the presets, fires a change and keeps focus in the form', async () => {
      const el = await make(html`<mh-indicator-checklist forms="prostitution"></mh-indicator-checklist>`);
      root(el).querySelector<HTMLInputElement>('#age-minor')!.click();
      root(el).querySelector<HTMLInputElement>('#form-forced-labour')!.click();
      await el.updateComplete;
      el.selected = ['controlled-minor-fixer', 'prostitution-unaware-of-advert', 'forced-labour-strain-injuries'];
      await el.updateComplete;
      const reset = root(el).querySelector<HTMLButtonElement>('[part~="reset-button"]')!;
      setTimeout(() => reset.click());
      const event = (await oneEvent(el, 'mh-indicators-change')) as CustomEvent<IndicatorsChangeDetail>;
      expect(event.detail).to.deep.equal({ selected: [], audience: 'unknown', forms: ['prostitution'] });
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(boxes(el).length).to.equal(61 + 4);
      expect(boxes(el).some((input) => input.checked)).to.equal(false);
      expect(checkedAges(el)).to.deep.equal([]);
      expect(root(el).activeElement === root(el).querySelector('#age-minor'), 'focus on the first answer').to.equal(true);
      expect(summary(el).textContent).to.include('Avkrysningene og svarene er nullstilt.');
    });

    it('resetState() (quick exit) forgets everything, open sections too', async () => {
      const el = await make(html`<mh-indicator-checklist audience="minor"></mh-indicator-checklist>`);
      el.selected = ['background-minor-not-in-school', 'prostitution-unaware-of-advert'];
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!.click();
      await el.updateComplete;
      expect(sections(el).every((section) => section.open)).to.equal(true);
      el.resetState();
      await el.updateComplete;
      expect(el.selected).to.deep.equal([]);
      expect(boxes(el).length).to.equal(61);
      expect(summary(el).querySelector('.ticked-group') === null).to.equal(true);
      expect(sections(el).some((section) => section.open)).to.equal(false);
      expect(root(el).querySelector('.ticked-item') === null).to.equal(true);
    });

    it('"Skriv ut" calls window.print()', async () => {
      const el = await make();
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      try {
        root(el).querySelector<HTMLButtonElement>('[part~="print-button"]')!.click();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        expect(printed).to.equal(1);
      } finally {
        window.print = original;
      }
    });

    it('prints the summary with the date and the caveat, without the form or the buttons', async () => {
      const el = await make(html`<mh-indicator-checklist show-arenas></mh-indicator-checklist>`);
      el.selected = ['background-reduced-health'];
      await el.updateComplete;
      // The stylesheet itself: a print block that hides the form and shows the date.
      const sheets = (root(el).adoptedStyleSheets.length ? root(el).adoptedStyleSheets : [...root(el).styleSheets]) as CSSStyleSheet[];
      const printRules = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const displayOf = (selector: string) =>
        printRules.filter((rule) => rule.selectorText.split(',').map((s) => s.trim()).includes(selector)).map((rule) => rule.style.display);
      for (const hidden of ['.questions', '.checklist', '.actions', '.arenas', '.mh-no-print']) expect(displayOf(hidden), hidden).to.include('none');
      expect(displayOf('.print-only')).to.include('block');

      // Chromium emulates print (and must); Firefox's driver cannot, there the rules above still hold.
      const emulated = await emulatePrint(true);
      try {
        if (emulated) {
          const shown = (selector: string) => getComputedStyle(root(el).querySelector(selector)!).display !== 'none';
          expect(shown('.questions')).to.equal(false);
          expect(shown('.checklist')).to.equal(false);
          expect(shown('.actions')).to.equal(false);
          expect(shown('.print-only')).to.equal(true);
          expect(shown('[part="caveat"]')).to.equal(true);
          expect(shown('[part="summary"]')).to.equal(true);
        }
      } finally {
        if (emulated) await emulatePrint(false);
      }
      const date = root(el).querySelector('.print-only')!.textContent!;
      expect(date).to.match(/^Skrevet ut .*\d{4}\.$/);
      expect(summary(el).querySelectorAll('li[data-id]').length).to.equal(1);
    });
  });

  describe('keyboard', () => {
    /** What has focus: an indicator, a section header, or an element's id or part. */
    function focused(el: MhIndicatorChecklist): string {
      const active = root(el).activeElement as HTMLElement | null;
      if (!active) return '';
      if (active instanceof HTMLInputElement && active.name === 'indicator') return `i-${active.value}`;
      if (active.localName === 'summary') return `section-${(active.parentElement as HTMLElement).dataset.category ?? (active.parentElement as HTMLElement).dataset.form}`;
      if (active.localName === 'a' && active.getAttribute('href')!.startsWith('tel:')) return active.getAttribute('href')!;
      return active.id || (active.getAttribute('part') ?? active.localName);
    }

    /** Focus is visible: an outline of real width that is drawn. */
    function expectVisibleFocus(element: Element | null, what: string): void {
      expect(element === null, what).to.equal(false);
      const style = getComputedStyle(element!);
      expect(style.outlineStyle, `${what} outline`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `${what} outline width`).to.be.greaterThan(1);
    }

    it('reaches the emergency numbers, the questions, "Vis alle" and the folded sections in reading order; Enter opens, Space ticks', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><mh-indicator-checklist></mh-indicator-checklist></div>`);
      const el = wrapper.querySelector('mh-indicator-checklist')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        await sendKeys({ press: 'Tab' });
        order.push(focused(el));
      }
      const tel = (contact: string) => `tel:${emergency(contact)}`;
      expect(order).to.deep.equal([
        tel('politiet'),
        tel('helse'),
        tel('alarmtelefonen'),
        'age-minor', // no answer is checked, so Tab stops on the first radio
        'form-prostitution',
        'form-forced-labour',
        'button show-all',
        `section-${nth(data.categories, 0).id}`,
      ]);
      expectVisibleFocus(root(el).activeElement, 'section header');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(nth(sections(el), 0).open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(`i-${nth(nth(nth(data.categories, 0).groups, 0).indicators, 0).id}`);
      await sendKeys({ press: ' ' }); // ' ' rather than 'Space': Firefox over BiDi knows only the former
      await el.updateComplete;
      expect(el.selected).to.deep.equal([nth(nth(nth(data.categories, 0).groups, 0).indicators, 0).id]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.selected).to.deep.equal([]);
    });

    it('"Vis alle kategorier" opens and closes every section by keyboard, with visible focus and aria-expanded', async () => {
      const el = await make(html`<mh-indicator-checklist forms="forced-labour"></mh-indicator-checklist>`);
      const button = root(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!;
      expect(button.textContent!.trim()).to.equal('Vis alle kategorier');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      root(el).querySelector<HTMLInputElement>('#form-forced-labour')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement === button, 'focus on "Vis alle"').to.equal(true);
      expectVisibleFocus(button, '"Vis alle"');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sections(el).length).to.equal(data.categories.length + 1);
      expect(sections(el).every((section) => section.open)).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Skjul alle kategorier');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(sections(el).some((section) => section.open)).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('a section opened by hand counts for "Vis alle": when the last is opened the button offers to hide all', async () => {
      const el = await make(html`<mh-indicator-checklist audience="adult"></mh-indicator-checklist>`);
      for (const section of sections(el)) section.querySelector('summary')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50)); // toggle events are queued
      await el.updateComplete;
      const button = root(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });

    it('after a tick, "Se oppsummering og hva du gjør videre" takes keyboard focus to the summary', async () => {
      const el = await make();
      expect(root(el).querySelector('.to-summary') === null).to.equal(true);
      const firstSection = nth(sections(el), 0, 'section');
      firstSection.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      const link = firstSection.querySelector<HTMLAnchorElement>('.to-summary a')!;
      expect(link.textContent!.trim()).to.equal('Se oppsummering og hva du gjør videre');
      link.focus();
      expectVisibleFocus(link, 'summary link');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const heading = root(el).querySelector('#summary-heading');
      expect(root(el).activeElement === heading, 'focus on the summary heading').to.equal(true);
      expect(heading!.getAttribute('tabindex')).to.equal('-1');
      expectVisibleFocus(heading, 'summary heading');
    });

    it('arrow keys answer the age question', async () => {
      const el = await make();
      root(el).querySelector<HTMLInputElement>('#age-minor')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(checkedAges(el)).to.deep.equal(['adult']);
      expect(boxes(el).length).to.equal(49);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(checkedAges(el)).to.deep.equal(['minor']);
      expect(boxes(el).length).to.equal(61);
    });
  });

  describe('headings and language', () => {
    it('renders real headings from heading-level', async () => {
      const el = await make(html`<mh-indicator-checklist heading-level="4"></mh-indicator-checklist>`);
      expect(root(el).querySelector('h4')!.textContent!.trim()).to.equal(data.heading);
      expect(root(el).querySelectorAll('details.category > summary > h5').length).to.equal(4);
      expect(root(el).querySelector('#summary-heading')!.tagName).to.equal('H5');
    });

    it('follows lang for its own words and shows the en content (nb until translated)', async () => {
      const el = await make(html`<mh-indicator-checklist lang="en"></mh-indicator-checklist>`);
      expect(root(el).querySelector('.questions legend')!.textContent!.trim()).to.equal('Could the person be under 18?');
      expect(root(el).querySelector('[part~="reset-button"]')!.textContent!.trim()).to.equal('Clear');
      const en = listIndicators(getIndicators('en')).filter((item) => appliesTo(item, { minor: true, forms: [] }));
      expect(boxes(el).map(labelOf)).to.deep.equal(en.map((item) => item.text));
    });
  });

  describe('bad input', () => {
    it('ignores an unknown audience with a warning and a notice, leaving age unanswered (minors shown)', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make(html`<mh-indicator-checklist audience="child"></mh-indicator-checklist>`);
        expect(boxes(el).length).to.equal(61);
        expect(checkedAges(el)).to.deep.equal([]);
        expect(root(el).querySelector('[part="problem"]')!.textContent).to.include('child');
        expect(root(el).querySelector('[part="problem"]')!.textContent).to.include('adult, minor');
      });
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.include('audience');
      expect(warnings[0]).to.include('adult, minor');
    });

    it('ignores unknown forms with a warning, keeping the known ones', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make(html`<mh-indicator-checklist audience="adult" forms="prostitution begging"></mh-indicator-checklist>`);
        expect(boxes(el).length).to.equal(53);
        expect(root(el).querySelector('[part="problem"]')!.textContent).to.include('begging');
      });
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.include('prostitution, forced-labour');
    });

    it('falls back to heading level 2 with a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make(html`<mh-indicator-checklist heading-level="9"></mh-indicator-checklist>`);
        expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal(data.heading);
        expect(root(el).querySelector('[part="problem"]')!.textContent).to.include('heading-level');
      });
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.include('2, 3, 4, 5, 6');
    });

    it('leaves out links that are not https: or same-site', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make(html`<mh-indicator-checklist duty-href="javascript:alert(1)" rights-href="http://example.com/" contacts-href="//evil.example/"></mh-indicator-checklist>`);
        expect(summary(el).querySelectorAll('.links a').length).to.equal(0);
        expect(root(el).querySelectorAll('[part="problem"]').length).to.equal(3);
      });
      expect(warnings.length).to.equal(3);
      expect(warnings.join('\n')).to.include('duty-href');
      expect(warnings.join('\n')).to.include('https:');
    });

    it('safeSiteHref accepts https and same-site references only', () => {
      expect(safeSiteHref('https://example.com/a')).to.equal('https://example.com/a');
      expect(safeSiteHref('#x')).to.equal('#x');
      expect(safeSiteHref('/a/b')).to.equal('/a/b');
      expect(safeSiteHref('side.html')).to.equal('side.html');
      expect(safeSiteHref('mailto:a@b.no')).to.equal(null);
      expect(safeSiteHref('data:text/html,x')).to.equal(null);
      expect(safeSiteHref(' JavaScript:alert(1)')).to.equal(null);
      expect(safeSiteHref('//x.no')).to.equal(null);
    });
  });
});
