import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../components/reporting-duty/define.js';
import type { DutyChangeDetail, MhReportingDuty } from '../components/reporting-duty/reporting-duty.js';
import { examples } from '../components/reporting-duty/examples.js';
import { getDuties } from '../src/content/duties.js';
import { captureWarnings, renderExample } from './helpers.js';
import { whenLocaleLoaded } from '../src/i18n.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

/*
 * EXPECTED: written by hand from Del 6 of the guide, not computed by the widget's rules.
 * - avvergingsplikt: "gjelder for alle til enhver tid" → every row.
 * - meldeplikt-barnevern: "Jobber du i en offentlig myndighet …" and "organisasjoner og private som
 *   utfører oppgaver for det offentlige" → public and public-task, only when the person may be a child
 *   (unknown age counts as a child: "skal personen behandles som et barn inntil alderen er klarlagt").
 * - private-report: "Er du som privatperson bekymret …" → private, and ngo (no public tasks).
 * - information-sharing: "For offentlige instanser …" → public only.
 * - confidentiality-consent: for those who assist with a duty of confidentiality → not private.
 * - acute-help (112, 113, 116 117) only with acute danger, and then first.
 * - Minors: barnevern-closed (116 111), help-minor (step 2), protect-minor (step 3).
 * - Adults: help-adult (step 2, ROSA), connect-adult (step 4).
 */
const MINOR_PUBLIC = ['confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'information-sharing'];
const EXPECTED: Record<string, string[]> = {
  'public|yes|yes': ['acute-help', ...MINOR_PUBLIC, 'help-minor', 'protect-minor'],
  'public|yes|no': [...MINOR_PUBLIC, 'help-minor', 'protect-minor'],
  'public|unknown|yes': ['acute-help', ...MINOR_PUBLIC, 'help-minor', 'protect-minor'],
  'public|unknown|no': [...MINOR_PUBLIC, 'help-minor', 'protect-minor'],
  'public|no|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'information-sharing', 'help-adult', 'connect-adult'],
  'public|no|no': ['confidentiality-consent', 'avvergingsplikt', 'information-sharing', 'help-adult', 'connect-adult'],

  'public-task|yes|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'public-task|yes|no': ['confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'public-task|unknown|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'public-task|unknown|no': ['confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'public-task|no|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'help-adult', 'connect-adult'],
  'public-task|no|no': ['confidentiality-consent', 'avvergingsplikt', 'help-adult', 'connect-adult'],

  'ngo|yes|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'ngo|yes|no': ['confidentiality-consent', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'ngo|unknown|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'ngo|unknown|no': ['confidentiality-consent', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'ngo|no|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'private-report', 'help-adult', 'connect-adult'],
  'ngo|no|no': ['confidentiality-consent', 'avvergingsplikt', 'private-report', 'help-adult', 'connect-adult'],

  'private|yes|yes': ['acute-help', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'private|yes|no': ['avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'private|unknown|yes': ['acute-help', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'private|unknown|no': ['avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'private|no|yes': ['acute-help', 'avvergingsplikt', 'private-report', 'help-adult', 'connect-adult'],
  'private|no|no': ['avvergingsplikt', 'private-report', 'help-adult', 'connect-adult'],
};

const ALL_SECTIONS = [
  'confidentiality-consent',
  'avvergingsplikt',
  'meldeplikt-barnevern',
  'private-report',
  'barnevern-closed',
  'information-sharing',
  'acute-help',
  'help-minor',
  'help-adult',
  'protect-minor',
  'connect-adult',
];

function root(el: MhReportingDuty): ShadowRoot {
  return el.shadowRoot!;
}

/** Section ids in the order the widget shows them. */
function shownSections(el: MhReportingDuty): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('.result .section[data-id]')].map((node) => node.dataset.id!);
}

/** Shown ids, with the acute callout (which shows the acute-help section) counted where it sits. */
function shownIds(el: MhReportingDuty): string[] {
  const ids = shownSections(el);
  return root(el).querySelector('.callout.acute') ? ['acute-help', ...ids] : ids;
}

function telHrefs(scope: ParentNode): string[] {
  return [...scope.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href')!);
}

function radio(el: MhReportingDuty, group: string, value: string): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>(`input[name="${group}"][value="${value}"]`)!;
}

async function choose(el: MhReportingDuty, group: string, value: string): Promise<void> {
  radio(el, group, value).click();
  await el.updateComplete;
}

describe('<mh-reporting-duty>', () => {
  it('shows the right duties for every answer combination (role × minor × acute), accessibly', async function () {
    // 24 renders with an axe run each.
    this.timeout(120_000);
    for (const [key, expected] of Object.entries(EXPECTED)) {
      const [role, minor, acute] = key.split('|');
      const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role=${role} minor=${minor} acute=${acute}></mh-reporting-duty>`);
      expect(shownIds(el), key).to.deep.equal(expected);
      await expect(el, key).to.be.accessible();
      // One widget at a time, as on a page: each has its own footer.
      fixtureCleanup();
    }
  });

  it('answers the same through the radio buttons, in any order, and reports each change', async function () {
    this.timeout(60_000);
    for (const [key, expected] of Object.entries(EXPECTED)) {
      const [role, minor, acute] = key.split('|');
      const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
      await choose(el, 'acute', acute);
      await choose(el, 'minor', minor);
      const event = oneEvent(el, 'mh-duty-change');
      radio(el, 'role', role).click();
      const { detail } = (await event) as CustomEvent<DutyChangeDetail>;
      await el.updateComplete;
      expect(detail, key).to.deep.equal({ role, minor, acute, duties: expected });
      expect(shownIds(el), key).to.deep.equal(expected);
    }
  });

  it('prints the chosen answers (and only those) above the result', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="public" minor="yes"></mh-reporting-duty>`);
    let emulated = false;
    try {
      await emulateMedia({ media: 'print' });
      emulated = window.matchMedia('print').matches;
    } catch {
      emulated = false; // Not every browser driver can emulate print.
    }
    // Every browser: the print block hides unchosen options and unanswered questions.
    const printRules = (root(el).adoptedStyleSheets as CSSStyleSheet[])
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const hiddenInPrint = printRules.filter((rule) => rule.style.display === 'none').flatMap((rule) => rule.selectorText.split(',').map((part) => part.trim()));
    expect(hiddenInPrint).to.include.members(['fieldset:not(:has(input:checked))', '.option:not(:has(input:checked))', '.option input']);
    if (!emulated) return; // Firefox's driver cannot emulate print; Chromium checks the rendering below.
    try {
      // Rendered at all (an element inside a hidden parent keeps its own computed display).
      const shown = (element: Element) => element.getClientRects().length > 0;
      const chosen = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((input) => input.checked);
      expect(chosen.map((input) => input.value)).to.deep.equal(['public', 'yes']);
      for (const input of root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        const label = root(el).querySelector(`label[for="${input.id}"]`)!;
        expect(shown(label), input.id).to.equal(input.checked);
      }
      // The unanswered question (acute danger) and every button stay off the paper.
      const acute = radio(el, 'acute', 'yes').closest('fieldset')!;
      expect(shown(acute)).to.equal(false);
      for (const button of root(el).querySelectorAll('button')) expect(shown(button)).to.equal(false);
      expect(shown(root(el).querySelector('[part="result"]')!)).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows the complete overview with no answers: the four steps and every section', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
    expect(new Set(shownIds(el))).to.deep.equal(new Set(ALL_SECTIONS));
    const steps = [...root(el).querySelectorAll('.steps li')].map((li) => li.textContent!.trim());
    // Del 6, "Hvis det ut fra observasjoner … skal du:" (the guide's four steps, without bold markers).
    expect(steps).to.deep.equal([
      'vurdere å varsle politi og barnevern',
      'vurdere om personen har behov for akutt hjelp',
      'sørge for at antatte mindreårige kan bli ivaretatt av barnevernet eller politiet for bistand og beskyttelse',
      'sette personer som er voksne i kontakt med aktuelle instanser eller hjelpetiltak for bistand og beskyttelse',
    ]);
    expect([...root(el).querySelectorAll<HTMLElement>('.step')].map((step) => step.dataset.step)).to.deep.equal(['1', '2', '3', '4']);
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('straffeloven § 196');
    expect(text).to.include('barnevernsloven § 13-2 bokstav e');
    expect(text).to.include('uten ugrunnet opphold');
    expect(text).to.include('Du kan melde anonymt til barnevernet.');
    expect(root(el).querySelectorAll('details')).to.have.length(3);
    expect(root(el).querySelector('[role="status"]')!.textContent!.trim(), 'nothing announced before the user acts').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('links the guide’s numbers where the guide prints them', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
    const section = (id: string) => root(el).querySelector<HTMLElement>(`.section[data-id="${id}"]`)!;
    // "Er det akutt fare for liv og helse, skal du umiddelbart ringe politiet på 112. For ditt lokale politidistrikt, ring 02800."
    expect(telHrefs(section('avvergingsplikt'))).to.deep.equal(['tel:112', 'tel:02800']);
    // Step 2: 112, 02800, 113, 116 117.
    expect(telHrefs(section('acute-help'))).to.deep.equal(['tel:112', 'tel:02800', 'tel:113', 'tel:116117']);
    expect(telHrefs(section('help-minor'))).to.deep.equal(['tel:116111']);
    expect(telHrefs(section('barnevern-closed'))).to.deep.equal(['tel:116111']);
    expect(telHrefs(section('help-adult'))).to.deep.equal(['tel:+4722331160']);
    const advice = root(el).querySelector<HTMLElement>('.advice')!;
    expect(telHrefs(advice)).to.deep.equal(['tel:+4722331160', 'tel:+4746615000', 'tel:02800']);
    expect(advice.querySelector('a[href="mailto:menneskehandel@bufdir.no"]')).to.not.equal(null);
    expect(advice.textContent).to.include('466 15 000');
    const rosa = advice.querySelector<HTMLAnchorElement>('a[href="tel:+4722331160"]')!;
    expect(rosa.textContent).to.equal('22 33 11 60');
    expect(rosa.getAttribute('aria-label')).to.equal('Ring ROSA, 22 33 11 60');
    // Every link is https:, tel: or mailto:.
    for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href'), a.textContent!).to.match(/^(https:|tel:|mailto:)/);
    // "politiets nettsider" and "Barne-, ungdoms- og familiedirektoratets nettsider" lost their link: text only.
    const readMore = [...root(el).querySelectorAll('.read-more')];
    expect(readMore.some((p) => p.textContent!.includes('politiets nettsider'))).to.equal(true);
    for (const a of root(el).querySelectorAll('.read-more a')) expect(a.textContent).to.equal('plik.no');
  });

  it('says the widget is not legal advice, and keeps the advice lines with every answer', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="private" minor="no" acute="no"></mh-reporting-duty>`);
    const advice = root(el).querySelector<HTMLElement>('.advice')!;
    expect(advice.textContent).to.include('ikke juridisk rådgivning');
    expect(telHrefs(advice)).to.include.members(['tel:+4722331160', 'tel:+4746615000', 'tel:02800']);
  });

  it('treats an unknown age as a child and shows the age rule', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="public" minor="unknown"></mh-reporting-duty>`);
    const callout = root(el).querySelector('.callout')!;
    expect(callout.textContent!.replace(/\s+/g, ' ')).to.include(
      'Er du i tvil om en person er under 18 år, skal personen behandles som et barn inntil alderen er klarlagt.',
    );
    expect(shownIds(el)).to.include('meldeplikt-barnevern');
    expect(shownIds(el)).not.to.include('connect-adult');
  });

  it('warns companions of a child only when the person may be a child', async () => {
    const companions = 'Du bør derfor ikke informere dem om din bekymring';
    const child = await fixture<MhReportingDuty>(html`<mh-reporting-duty minor></mh-reporting-duty>`);
    expect(root(child).querySelector('[data-id="avvergingsplikt"]')!.textContent).to.include(companions);
    const adult = await fixture<MhReportingDuty>(html`<mh-reporting-duty minor="no"></mh-reporting-duty>`);
    expect(root(adult).querySelector('[data-id="avvergingsplikt"]')!.textContent).not.to.include(companions);
  });

  it('tells an NGO when meldeplikt would apply to it', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="ngo" minor></mh-reporting-duty>`);
    expect(root(el).textContent).to.include('Utfører organisasjonen din oppgaver for det offentlige');
    expect(shownIds(el)).not.to.include('meldeplikt-barnevern');
  });

  it('announces a short status line, not the whole result', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
    await choose(el, 'minor', 'no');
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Oversikten er tilpasset svarene dine: 7 punkter.');
    expect(status.contains(root(el).querySelector('.result'))).to.equal(false);
  });

  it('works with the keyboard: arrow keys within a group, Tab between groups, reset', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
    const changes: DutyChangeDetail[] = [];
    el.addEventListener('mh-duty-change', (event) => changes.push((event as CustomEvent<DutyChangeDetail>).detail));
    radio(el, 'role', 'public').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(radio(el, 'role', 'public').checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'role', 'public-task').checked).to.equal(true);
    expect(root(el).activeElement).to.equal(radio(el, 'role', 'public-task'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'role', 'private').checked).to.equal(true);
    // Tab leaves the group: next is its "clear answer" button, then the age group.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.classList.contains('clear')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLInputElement).name).to.equal('minor');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(changes.at(-1)).to.deep.include({ role: 'private', minor: 'yes', acute: null });
    // Clear the age answer with the keyboard: focus stays in the group.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes.at(-1)).to.deep.include({ role: 'private', minor: null });
    expect((root(el).activeElement as HTMLInputElement).name).to.equal('minor');
    // Reset all.
    root(el).querySelector<HTMLButtonElement>('button.reset')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes.at(-1)).to.deep.equal({ role: null, minor: null, acute: null, duties: ALL_SECTIONS });
    expect(root(el).querySelectorAll('input:checked')).to.have.length(0);
    expect(root(el).activeElement).to.equal(radio(el, 'role', 'public'));
  });

  it('resetState() returns to the attribute presets', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="private" minor></mh-reporting-duty>`);
    await choose(el, 'role', 'public');
    await choose(el, 'acute', 'yes');
    el.resetState();
    await el.updateComplete;
    expect(radio(el, 'role', 'private').checked).to.equal(true);
    expect(radio(el, 'minor', 'yes').checked).to.equal(true);
    expect(root(el).querySelectorAll('input[name="acute"]:checked')).to.have.length(0);
    expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('shows the overview, a notice and one warning for an unknown user-role', async () => {
    let el!: MhReportingDuty;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="teacher"></mh-reporting-duty>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('user-role').and.include('teacher').and.include('public, public-task, ngo, private');
    const problem = root(el).querySelector('.mh-problem')!;
    expect(problem.textContent).to.include('teacher').and.include('public, public-task, ngo, private');
    expect(new Set(shownIds(el))).to.deep.equal(new Set(ALL_SECTIONS));
    await expect(el).to.be.accessible();
  });

  it('shows a notice and one warning for an invalid minor or acute value', async () => {
    let el!: MhReportingDuty;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MhReportingDuty>(html`<mh-reporting-duty minor="maybe" acute="often"></mh-reporting-duty>`);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('minor').and.include('yes, no, unknown');
    expect(warnings[1]).to.include('acute').and.include('yes, no');
    expect(root(el).querySelectorAll('.mh-problem')).to.have.length(2);
    expect(root(el).querySelectorAll('input:checked')).to.have.length(0);
  });

  it('honours role="…" from a careless paste, with a warning to use user-role', async () => {
    let el!: MhReportingDuty;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MhReportingDuty>(html`<mh-reporting-duty role="private"></mh-reporting-duty>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('user-role');
    expect(radio(el, 'role', 'private').checked).to.equal(true);
  });

  it('uses the heading level it is given', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty heading-level="4"></mh-reporting-duty>`);
    expect(root(el).querySelector('h4')!.textContent).to.equal('Hvilken plikt har jeg?');
    expect(root(el).querySelector('#result-heading')!.tagName).to.equal('H5');
    expect(root(el).querySelector('h2, h3')).to.equal(null);
  });

  it('follows the language for its own words and shows the en content (nb until translated)', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty lang="en"></mh-reporting-duty>`);
    expect(root(el).querySelector('legend')!.textContent).to.equal('Who are you?');
    expect(root(el).textContent).to.include(getDuties('en').ageRule.text);
    const nn = await fixture<MhReportingDuty>(html`<mh-reporting-duty lang="nn"></mh-reporting-duty>`);
    expect(root(nn).querySelector('legend')!.textContent).to.equal('Kven er du?');
  });

  it('stores nothing', async () => {
    const local = localStorage.length;
    const session = sessionStorage.length;
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
    await choose(el, 'role', 'public');
    await choose(el, 'minor', 'unknown');
    await choose(el, 'acute', 'yes');
    expect(localStorage.length).to.equal(local);
    expect(sessionStorage.length).to.equal(session);
    expect(document.cookie).to.equal('');
  });

  for (const example of examples) {
    it(`example "${example.name}" is accessible`, async () => {
      const el = await captureWarningsAndRender(example);
      expect(root(el).querySelector('h2, h3')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

async function captureWarningsAndRender(example: (typeof examples)[number]): Promise<MhReportingDuty> {
  let el!: MhReportingDuty;
  await captureWarnings(async () => {
    el = await renderExample<MhReportingDuty>(example);
  });
  return el;
}
