import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../components/indicator-checklist/define.js';
import type { IndicatorsChangeDetail, MhIndicatorChecklist } from '../components/indicator-checklist/indicator-checklist.js';
import { safeSiteHref } from '../src/href.js';
import { examples } from '../components/indicator-checklist/examples.js';
import { appliesTo, getIndicators, listIndicators, type Form } from '../src/content/indicators.js';
import { getDuties } from '../src/content/duties.js';
import { captureWarnings, renderExample } from './helpers.js';
import { whenLocaleLoaded } from '../src/i18n.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

const data = getIndicators('nb');
const BOTH: Form[] = ['prostitution', 'forced-labour'];

function root(el: MhIndicatorChecklist): ShadowRoot {
  return el.shadowRoot!;
}

/** The indicator checkboxes (not the two questions), in DOM order. */
function boxes(el: MhIndicatorChecklist): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]')];
}

/** The accessible label text of an indicator box (the label wraps it). */
function labelOf(input: HTMLInputElement): string {
  return input.labels![0].textContent!.trim();
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

async function make(markup = html`<mh-indicator-checklist></mh-indicator-checklist>`): Promise<MhIndicatorChecklist> {
  const el = await fixture<MhIndicatorChecklist>(markup);
  await el.updateComplete;
  return el;
}

describe('<mh-indicator-checklist>', () => {
  describe('examples', () => {
    for (const example of examples) {
      it(`"${example.name}" is accessible`, async () => {
        const el = await renderExample<MhIndicatorChecklist>(example);
        await expect(el).to.be.accessible();
      });
    }

    it('"With arenas" is accessible with the arenas open', async () => {
      const el = await renderExample<MhIndicatorChecklist>(examples.find((example) => example.name === 'With arenas')!);
      root(el).querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });
  });

  describe('which indicators are shown', () => {
    it('shows the 49 indicators for adults by default, in the guide\'s order and wording', async () => {
      const el = await make();
      expect(boxes(el).length).to.equal(49);
      expect(boxes(el).map(labelOf)).to.deep.equal(expectedTexts(false, []));
      expect(boxes(el).every((input) => !input.checked)).to.equal(true);
    });

    it('shows 61 with audience="minor", with the two notes as text, not checkboxes', async () => {
      const el = await make(html`<mh-indicator-checklist audience="minor"></mh-indicator-checklist>`);
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
      const el = await make(html`<mh-indicator-checklist forms="prostitution"></mh-indicator-checklist>`);
      expect(boxes(el).length).to.equal(53);
      el.forms = 'forced-labour';
      await el.updateComplete;
      expect(boxes(el).length).to.equal(57);
    });

    it('groups the indicators in four category fieldsets and five sub-groups under "Fremstår som kontrollert av andre"', async () => {
      const el = await make();
      const legends = [...root(el).querySelectorAll('fieldset.category > legend')].map((legend) => legend.textContent!.trim());
      expect(legends).to.deep.equal(['Bakgrunn og særlige sårbarheter', 'Stedstilknytning eller oppholdssteder', 'Opptreden', 'Fremstår som kontrollert av andre']);
      const controlled = root(el).querySelector('fieldset[data-category="controlled"]')!;
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

    it('answers to the questions add and remove indicators; unticking "under 18" drops those ticks', async () => {
      const el = await make();
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
      expect(root(el).querySelector('details')).to.equal(null);
      el.showArenas = true;
      await el.updateComplete;
      const details = root(el).querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Hvor kan utnyttning skje?');
      expect(details.textContent).to.include('digitale arenaer for deling og direktestrømming av overgrepsmateriale');
    });
  });

  describe('events and the selected property', () => {
    it('fires mh-indicators-change with selected, audience and forms when a box is ticked', async () => {
      const el = await make(html`<mh-indicator-checklist forms="forced-labour"></mh-indicator-checklist>`);
      const input = box(el, 'forced-labour-no-real-contract');
      setTimeout(() => input.click());
      const event = (await oneEvent(el, 'mh-indicators-change')) as CustomEvent<IndicatorsChangeDetail>;
      expect(event.detail).to.deep.equal({ selected: ['forced-labour-no-real-contract'], audience: 'adult', forms: ['forced-labour'] });
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
      expect(root(el).querySelector<HTMLInputElement>('#age-minor')!.checked).to.equal(true);
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
      expect(live).to.not.equal(null);
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

    it('gives the four steps of Del 6 and, for a possible minor, barnevernet and Alarmtelefonen 116 111', async () => {
      const adult = await make();
      expect(summary(adult).querySelectorAll('ol.steps > li').length).to.equal(4);
      expect(summary(adult).textContent).to.include('vurdere å varsle politi og barnevern');
      expect([...summary(adult).querySelectorAll('ol.steps > li')].map((li) => li.textContent!.trim())).to.deep.equal(getDuties('nb').steps.map((step) => step.text));
      expect(summary(adult).querySelector('a[href^="tel:"]')).to.equal(null);
      const minor = await make(html`<mh-indicator-checklist audience="minor"></mh-indicator-checklist>`);
      const text = summary(minor).textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('barnevern');
      expect(text).to.include('Er du i tvil om en person er under 18 år, skal personen behandles som et barn inntil alderen er klarlagt.');
      // The guide (Del 6 and 8): "Alarmtelefonen for barn og unge: 116 111".
      const tel = summary(minor).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal('tel:116111');
      expect(tel.textContent!.trim()).to.equal('116 111');
      expect(tel.getAttribute('aria-label')).to.include('Alarmtelefonen for barn og unge');
    });

    it('links to the host\'s pages only with safe hrefs', async () => {
      const plain = await make();
      expect(summary(plain).querySelectorAll('.links a').length).to.equal(0);
      expect(summary(plain).querySelectorAll('.links li').length).to.equal(3);
      const linked = await make(
        html`<mh-indicator-checklist duty-href="#meldeplikt" rights-href="/rettigheter" contacts-href="https://example.com/kontakter"></mh-indicator-checklist>`,
      );
      expect([...summary(linked).querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        '#meldeplikt',
        '/rettigheter',
        'https://example.com/kontakter',
      ]);
    });

    it('never shows a score, a total, a share or a risk level, in any state or language', async () => {
      const forbidden = [/\d+\s*\/\s*\d+/, /%/, /\b(av|of)\s+\d+/i, /\d+\s+(indikator|indicator)/i, /poeng|score|points|totalt|total|risiko|risk|terskel|threshold/i];
      for (const lang of ['nb', 'nn', 'en']) {
        for (const example of examples) {
          const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${example.markup}</div>`);
          const el = wrapper.firstElementChild as MhIndicatorChecklist;
          if (example.setup) await example.setup(el);
          await el.updateComplete;
          // Tick everything visible, too.
          for (const input of boxes(el)) input.click();
          await el.updateComplete;
          const text = visibleText(el);
          for (const pattern of forbidden) expect(text, `${example.name} (${lang}) matches ${pattern}`).to.not.match(pattern);
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
      expect(event.detail).to.deep.equal({ selected: [], audience: 'adult', forms: ['prostitution'] });
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(boxes(el).length).to.equal(53);
      expect(boxes(el).some((input) => input.checked)).to.equal(false);
      expect(root(el).activeElement).to.equal(root(el).querySelector('#age-adult'));
      expect(summary(el).textContent).to.include('Avkrysningene og svarene er nullstilt.');
    });

    it('resetState() (quick exit) forgets everything', async () => {
      const el = await make(html`<mh-indicator-checklist audience="minor"></mh-indicator-checklist>`);
      el.selected = ['background-minor-not-in-school', 'prostitution-unaware-of-advert'];
      await el.updateComplete;
      el.resetState();
      await el.updateComplete;
      expect(el.selected).to.deep.equal([]);
      expect(boxes(el).length).to.equal(61);
      expect(summary(el).querySelector('.ticked-group')).to.equal(null);
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

      let emulated = false;
      try {
        await emulateMedia({ media: 'print' });
        emulated = window.matchMedia('print').matches;
      } catch {
        emulated = false; // Not every browser driver can emulate print; the rules above still hold.
      }
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
        if (emulated) await emulateMedia({ media: 'screen' });
      }
      const date = root(el).querySelector('.print-only')!.textContent!;
      expect(date).to.match(/^Skrevet ut .*\d{4}\.$/);
      expect(summary(el).querySelectorAll('li[data-id]').length).to.equal(1);
    });
  });

  describe('keyboard', () => {
    it('reaches the questions, then the indicators in reading order, and Space ticks', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><mh-indicator-checklist></mh-indicator-checklist></div>`);
      const el = wrapper.querySelector('mh-indicator-checklist')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = root(el).activeElement as HTMLInputElement | null;
        order.push(active?.name === 'indicator' ? `i-${active.value}` : (active?.id ?? ''));
      }
      expect(order).to.deep.equal(['age-adult', 'form-prostitution', 'form-forced-labour', `i-${data.categories[0].groups[0].indicators[0].id}`, `i-${data.categories[0].groups[0].indicators[1].id}`]);
      await sendKeys({ press: ' ' }); // ' ' rather than 'Space': Firefox over BiDi knows only the former
      await el.updateComplete;
      expect(el.selected).to.deep.equal([data.categories[0].groups[0].indicators[1].id]);
      await sendKeys({ press: ' ' }); // ' ' rather than 'Space': Firefox over BiDi knows only the former
      await el.updateComplete;
      expect(el.selected).to.deep.equal([]);
    });

    it('arrow keys answer the age question', async () => {
      const el = await make();
      root(el).querySelector<HTMLInputElement>('#age-adult')!.focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(root(el).querySelector<HTMLInputElement>('#age-minor')!.checked).to.equal(true);
      expect(boxes(el).length).to.equal(61);
    });
  });

  describe('headings and language', () => {
    it('renders real headings from heading-level', async () => {
      const el = await make(html`<mh-indicator-checklist heading-level="4"></mh-indicator-checklist>`);
      expect(root(el).querySelector('h4')!.textContent!.trim()).to.equal(data.heading);
      expect(root(el).querySelectorAll('fieldset.category > legend > h5').length).to.equal(4);
      expect(root(el).querySelector('#summary-heading')!.tagName).to.equal('H5');
    });

    it('follows lang for its own words and shows the en content (nb until translated)', async () => {
      const el = await make(html`<mh-indicator-checklist lang="en"></mh-indicator-checklist>`);
      expect(root(el).querySelector('.questions legend')!.textContent!.trim()).to.equal('Could the person be under 18?');
      expect(root(el).querySelector('[part~="reset-button"]')!.textContent!.trim()).to.equal('Clear');
      const en = listIndicators(getIndicators('en')).filter((item) => appliesTo(item, { minor: false, forms: [] }));
      expect(boxes(el).map(labelOf)).to.deep.equal(en.map((item) => item.text));
    });
  });

  describe('bad input', () => {
    it('ignores an unknown audience with a warning and a notice', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make(html`<mh-indicator-checklist audience="child"></mh-indicator-checklist>`);
        expect(boxes(el).length).to.equal(49);
        expect(root(el).querySelector('[part="problem"]')!.textContent).to.include('child');
        expect(root(el).querySelector('[part="problem"]')!.textContent).to.include('adult, minor');
      });
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.include('audience');
      expect(warnings[0]).to.include('adult, minor');
    });

    it('ignores unknown forms with a warning, keeping the known ones', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make(html`<mh-indicator-checklist forms="prostitution begging"></mh-indicator-checklist>`);
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
