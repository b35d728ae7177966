import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../components/reporting-duty/define.js';
import type { DutyChangeDetail, MhReportingDuty } from '../components/reporting-duty/reporting-duty.js';
import { examples } from '../components/reporting-duty/examples.js';
import { getDuties } from '../src/content/duties.js';
import { strings } from '../components/reporting-duty/strings.js';
import type { Lang } from '../src/locale.js';
import { captureWarnings, defined, emulatePrint, nth, renderExample, root } from './helpers/index.js';
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
 * - acute-help (112, 02800, 113, 116 117): every row. Step 2 asks whether the person needs «akutt
 *   hjelp» (broader than danger to life): 113 and 116 117 («øyeblikkelig helsehjelp») and 02800 apply
 *   without acute danger too. With acute danger it comes first; otherwise it sits in step 2.
 * - Minors: barnevern-closed (116 111), help-minor (step 2), protect-minor (step 3).
 * - Adults: help-adult (step 2, ROSA), protect-minor (step 3: «Det samme gjelder medfølgende barn av en
 *   person som kan være i en pågående utnyttingssituasjon …»), connect-adult (step 4).
 */
const MINOR_PUBLIC = ['confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'information-sharing'];
const EXPECTED: Record<string, string[]> = {
  'public|yes|yes': ['acute-help', ...MINOR_PUBLIC, 'help-minor', 'protect-minor'],
  'public|yes|no': [...MINOR_PUBLIC, 'acute-help', 'help-minor', 'protect-minor'],
  'public|unknown|yes': ['acute-help', ...MINOR_PUBLIC, 'help-minor', 'protect-minor'],
  'public|unknown|no': [...MINOR_PUBLIC, 'acute-help', 'help-minor', 'protect-minor'],
  'public|no|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'information-sharing', 'help-adult', 'protect-minor', 'connect-adult'],
  'public|no|no': ['confidentiality-consent', 'avvergingsplikt', 'information-sharing', 'acute-help', 'help-adult', 'protect-minor', 'connect-adult'],

  'public-task|yes|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'public-task|yes|no': ['confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'acute-help', 'help-minor', 'protect-minor'],
  'public-task|unknown|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'public-task|unknown|no': ['confidentiality-consent', 'avvergingsplikt', 'meldeplikt-barnevern', 'barnevern-closed', 'acute-help', 'help-minor', 'protect-minor'],
  'public-task|no|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'help-adult', 'protect-minor', 'connect-adult'],
  'public-task|no|no': ['confidentiality-consent', 'avvergingsplikt', 'acute-help', 'help-adult', 'protect-minor', 'connect-adult'],

  'ngo|yes|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'ngo|yes|no': ['confidentiality-consent', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'acute-help', 'help-minor', 'protect-minor'],
  'ngo|unknown|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'ngo|unknown|no': ['confidentiality-consent', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'acute-help', 'help-minor', 'protect-minor'],
  'ngo|no|yes': ['acute-help', 'confidentiality-consent', 'avvergingsplikt', 'private-report', 'help-adult', 'protect-minor', 'connect-adult'],
  'ngo|no|no': ['confidentiality-consent', 'avvergingsplikt', 'private-report', 'acute-help', 'help-adult', 'protect-minor', 'connect-adult'],

  'private|yes|yes': ['acute-help', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'private|yes|no': ['avvergingsplikt', 'private-report', 'barnevern-closed', 'acute-help', 'help-minor', 'protect-minor'],
  'private|unknown|yes': ['acute-help', 'avvergingsplikt', 'private-report', 'barnevern-closed', 'help-minor', 'protect-minor'],
  'private|unknown|no': ['avvergingsplikt', 'private-report', 'barnevern-closed', 'acute-help', 'help-minor', 'protect-minor'],
  'private|no|yes': ['acute-help', 'avvergingsplikt', 'private-report', 'help-adult', 'protect-minor', 'connect-adult'],
  'private|no|no': ['avvergingsplikt', 'private-report', 'acute-help', 'help-adult', 'protect-minor', 'connect-adult'],
};

/*
 * PANEL: the answer panel's items ("answers" ids in duties.json), written by hand from Del 6.
 * "id?condition" = shown with "Hvis …" because that question is unanswered.
 * - acute-112: «Er det akutt fare for liv og helse, skal du umiddelbart ringe politiet på 112.» →
 *   with acute danger; unanswered → "Hvis det er akutt fare …"; never with "no".
 * - avvergingsplikt-applies: «gjelder for alle til enhver tid» → always.
 * - meldeplikt-applies: public and public-task when the person may be a child (unknown age = child). An
 *   unanswered role or age keeps it, with the condition («Hvis du jobber i eller for det offentlige»,
 *   «Hvis personen kan være under 18»), because it may apply.
 * - may-report: «Er du som privatperson bekymret …» → ngo and private (a right, not a duty, so not
 *   shown on an open role).
 * - call-barnevern (116 111) for a possible child (age open → with the condition), call-rosa for an adult.
 * - medical (113, 116 117): without acute danger, the guide's «øyeblikkelig helsehjelp» still applies.
 */
const PANEL_MINOR_PUBLIC_ACUTE = ['acute-112', 'avvergingsplikt-applies', 'meldeplikt-applies', 'call-barnevern'];
const PANEL_MINOR_PUBLIC_CALM = ['avvergingsplikt-applies', 'meldeplikt-applies', 'call-barnevern', 'medical'];
const PANEL_MINOR_REPORT_ACUTE = ['acute-112', 'avvergingsplikt-applies', 'may-report', 'call-barnevern'];
const PANEL_MINOR_REPORT_CALM = ['avvergingsplikt-applies', 'may-report', 'call-barnevern', 'medical'];
const PANEL: Record<string, string[]> = {
  'public|yes|yes': PANEL_MINOR_PUBLIC_ACUTE,
  'public|yes|no': PANEL_MINOR_PUBLIC_CALM,
  'public|unknown|yes': PANEL_MINOR_PUBLIC_ACUTE,
  'public|unknown|no': PANEL_MINOR_PUBLIC_CALM,
  'public|no|yes': ['acute-112', 'avvergingsplikt-applies', 'call-rosa'],
  'public|no|no': ['avvergingsplikt-applies', 'call-rosa', 'medical'],
  'public-task|yes|yes': PANEL_MINOR_PUBLIC_ACUTE,
  'public-task|yes|no': PANEL_MINOR_PUBLIC_CALM,
  'public-task|unknown|yes': PANEL_MINOR_PUBLIC_ACUTE,
  'public-task|unknown|no': PANEL_MINOR_PUBLIC_CALM,
  'public-task|no|yes': ['acute-112', 'avvergingsplikt-applies', 'call-rosa'],
  'public-task|no|no': ['avvergingsplikt-applies', 'call-rosa', 'medical'],
  'ngo|yes|yes': PANEL_MINOR_REPORT_ACUTE,
  'ngo|yes|no': PANEL_MINOR_REPORT_CALM,
  'ngo|unknown|yes': PANEL_MINOR_REPORT_ACUTE,
  'ngo|unknown|no': PANEL_MINOR_REPORT_CALM,
  'ngo|no|yes': ['acute-112', 'avvergingsplikt-applies', 'may-report', 'call-rosa'],
  'ngo|no|no': ['avvergingsplikt-applies', 'may-report', 'call-rosa', 'medical'],
  'private|yes|yes': PANEL_MINOR_REPORT_ACUTE,
  'private|yes|no': PANEL_MINOR_REPORT_CALM,
  'private|unknown|yes': PANEL_MINOR_REPORT_ACUTE,
  'private|unknown|no': PANEL_MINOR_REPORT_CALM,
  'private|no|yes': ['acute-112', 'avvergingsplikt-applies', 'may-report', 'call-rosa'],
  'private|no|no': ['avvergingsplikt-applies', 'may-report', 'call-rosa', 'medical'],
  // Unanswered and partly answered ("" = not answered).
  '||': [],
  '||yes': ['acute-112', 'avvergingsplikt-applies', 'meldeplikt-applies?if-public-minor', 'call-barnevern?if-minor'],
  '||no': ['avvergingsplikt-applies', 'meldeplikt-applies?if-public-minor', 'call-barnevern?if-minor', 'medical'],
  'public||': ['acute-112?if-acute', 'avvergingsplikt-applies', 'meldeplikt-applies?if-minor', 'call-barnevern?if-minor'],
  'public-task|no|': ['acute-112?if-acute', 'avvergingsplikt-applies', 'call-rosa'],
  'private||': ['acute-112?if-acute', 'avvergingsplikt-applies', 'may-report', 'call-barnevern?if-minor'],
  'ngo||no': ['avvergingsplikt-applies', 'may-report', 'call-barnevern?if-minor', 'medical'],
  '|yes|': ['acute-112?if-acute', 'avvergingsplikt-applies', 'meldeplikt-applies?if-public', 'call-barnevern'],
  '|unknown|no': ['avvergingsplikt-applies', 'meldeplikt-applies?if-public', 'call-barnevern', 'medical'],
  '|no|': ['acute-112?if-acute', 'avvergingsplikt-applies', 'call-rosa'],
  '|no|no': ['avvergingsplikt-applies', 'call-rosa', 'medical'],
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

/** Section ids in the order the widget shows them. */
function shownSections(el: MhReportingDuty): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('.result .section[data-id]')].map((node) => node.dataset.id!);
}

/** Shown ids, with the acute callout (which shows the acute-help section) counted where it sits. */
function shownIds(el: MhReportingDuty): string[] {
  const ids = shownSections(el);
  return root(el).querySelector('.callout.acute') ? ['acute-help', ...ids] : ids;
}

/** The answer panel's items as "id" or "id?condition". */
function panelIds(el: MhReportingDuty): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('.panel [data-answer-id]')].map((li) =>
    li.dataset.condition ? `${li.dataset.answerId}?${li.dataset.condition}` : li.dataset.answerId!,
  );
}

function panelKey(items: DutyChangeDetail['panel']): string[] {
  return items.map((item) => (item.condition ? `${item.id}?${item.condition}` : item.id));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every panel item reads as a stored short form (or quote) of duties.json in `lang`, after the
 * widget's "Hvis …" condition for an open question; returns the problems.
 */
function panelTextProblems(el: MhReportingDuty, lang: Lang): string[] {
  const stored = getDuties(lang).answers ?? [];
  const allowed = new Set(stored.flatMap((answer) => [squash(answer.short), squash(answer.text)]));
  const conditions = strings(lang).conditions as Record<string, string>;
  const problems: string[] = [];
  for (const li of root(el).querySelectorAll<HTMLElement>('.panel [data-answer-id]')) {
    const condition = li.dataset.condition;
    let text = squash(li.textContent!);
    if (condition) {
      const prefix = defined(conditions[condition], `condition ${condition}`);
      if (!text.startsWith(prefix)) problems.push(`${li.dataset.answerId}: no «${prefix}»`);
      text = squash(text.slice(prefix.length));
    }
    if (!allowed.has(text)) problems.push(`${li.dataset.answerId}: «${text}» is no stored short form or quote`);
    const own = stored.find((answer) => answer.id === li.dataset.answerId);
    if (!own || (squash(own.short) !== text && squash(own.text) !== text)) problems.push(`${li.dataset.answerId}: text of another item`);
  }
  return problems;
}

/** Distance from the widget's top to the answer panel's top, in CSS px. */
function panelOffset(el: MhReportingDuty): number {
  const panel = root(el).querySelector<HTMLElement>('.panel')!;
  return panel.getBoundingClientRect().top - el.getBoundingClientRect().top;
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
  // One test per combination, so each is short. A combination that is also an example state is
  // axed by test/gates/a11y.test.ts, not again here.
  const exampleMarkup = new Set(examples.map((example) => example.markup));
  for (const [key, expected] of Object.entries(EXPECTED)) {
    const [role = '', minor = '', acute = ''] = key.split('|');
    it(`shows the right duties for ${key} (role|minor|acute), accessibly`, async () => {
      const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role=${role} minor=${minor} acute=${acute}></mh-reporting-duty>`);
      expect(shownIds(el), key).to.deep.equal(expected);
      const markup = `<mh-reporting-duty user-role="${role}" minor="${minor}" acute="${acute}"></mh-reporting-duty>`;
      if (!exampleMarkup.has(markup)) await expect(el, key).to.be.accessible();
    });

    it(`answers ${key} the same through the radio buttons, in any order, and reports the change`, async () => {
      const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
      await choose(el, 'acute', acute);
      await choose(el, 'minor', minor);
      const event = oneEvent(el, 'mh-duty-change');
      radio(el, 'role', role).click();
      const { detail } = (await event) as CustomEvent<DutyChangeDetail>;
      await el.updateComplete;
      expect(detail, key).to.deep.include({ role, minor, acute, duties: expected });
      expect(panelKey(detail.panel), key).to.deep.equal(PANEL[key]);
      expect(shownIds(el), key).to.deep.equal(expected);
      expect(panelIds(el), key).to.deep.equal(PANEL[key]);
    });
  }

  it('prints the chosen answers (and only those) above the result', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="public" minor="yes"></mh-reporting-duty>`);
    // Chromium emulates print (and must); Firefox's driver cannot, there the rules below are checked.
    const emulated = await emulatePrint(true);
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
      for (const button of root(el).querySelectorAll('button')) expect(shown(button), button.className).to.equal(false);
      expect(shown(root(el).querySelector('[part="result"]')!)).to.equal(true);
    } finally {
      await emulatePrint(false);
    }
  });

  it('shows the complete overview with no answers: the four steps and every section', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
    expect(new Set(shownIds(el))).to.deep.equal(new Set(ALL_SECTIONS));
    const stepItems = [...root(el).querySelectorAll('.steps li')].map((li) => li.textContent!.trim());
    // Del 6, "Hvis det ut fra observasjoner … skal du:" (the guide's four steps, without bold markers).
    expect(stepItems).to.deep.equal([
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
    expect(root(el).querySelectorAll('details.law')).to.have.length(3);
    // The four steps are disclosures, folded at first; no short answer without answers.
    const steps = [...root(el).querySelectorAll<HTMLDetailsElement>('details.step')];
    expect(steps.map((step) => step.open)).to.deep.equal([false, false, false, false]);
    expect(root(el).querySelector('.panel')).to.equal(null);
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
    // Role open, adult: consent, avvergingsplikt, private-report, information-sharing, acute-help,
    // help-adult, protect-minor (for children with the adult), connect-adult.
    expect(status.textContent!.trim()).to.equal('Oversikten er tilpasset svarene dine: 8 punkter.');
    expect(status.contains(root(el).querySelector('.result'))).to.equal(false);
  });

  it('works with the keyboard: acute danger first, arrow keys within a group, Tab between groups, reset', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
    const changes: DutyChangeDetail[] = [];
    el.addEventListener('mh-duty-change', (event) => changes.push((event as CustomEvent<DutyChangeDetail>).detail));
    // The first question is acute danger.
    expect(root(el).querySelector('input[type="radio"]')!.getAttribute('name')).to.equal('acute');
    expect(root(el).querySelector('legend')!.textContent).to.equal('Er det akutt fare for liv eller helse?');
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
    // Reset all: focus goes to the first question.
    root(el).querySelector<HTMLButtonElement>('button.reset')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes.at(-1)).to.deep.equal({ role: null, minor: null, acute: null, duties: ALL_SECTIONS, panel: [] });
    expect(root(el).querySelectorAll('input:checked')).to.have.length(0);
    expect(root(el).activeElement).to.equal(radio(el, 'acute', 'yes'));
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

  it('honours an old role="public" as user-role, with one warning in English whatever the widget language', async () => {
    let el!: MhReportingDuty;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MhReportingDuty>(html`<mh-reporting-duty role="public" lang="nn"></mh-reporting-duty>`);
      el.lang = 'en';
      await el.updateComplete;
    });
    expect(radio(el, 'role', 'public').checked).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('use the user-role attribute instead of role').and.include('user-role="public"');
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
    const legends = () => [...root(el).querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends()).to.deep.equal(['Is there acute danger to life or health?', 'Who are you?', 'Could the person be under 18?']);
    expect(root(el).textContent).to.include(getDuties('en').ageRule.text);
    const nn = await fixture<MhReportingDuty>(html`<mh-reporting-duty lang="nn"></mh-reporting-duty>`);
    expect(nth(root(nn).querySelectorAll('legend'), 1, 'legend').textContent).to.equal('Kven er du?');
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

  for (const [key, expected] of Object.entries(PANEL)) {
    const [role = '', minor = '', acute = ''] = key.split('|');
    it(`shows the answer panel’s items from the hand-written table for ${key || 'no answer'}`, async () => {
      const el = await fixture<MhReportingDuty>(
        html`<mh-reporting-duty user-role=${role} minor=${minor || nothing} acute=${acute || nothing}></mh-reporting-duty>`,
      );
      expect(panelIds(el), key).to.deep.equal(expected);
      expect(panelIds(el).length, key).to.be.at.most(4);
      expect(panelTextProblems(el, 'nb'), key).to.deep.equal([]);
      // Partly answered: the panel is a new state, so axe it (the full ones are axed above).
      if (key.split('|').some((part) => part === '') && expected.length > 0) await expect(el, key).to.be.accessible();
    });
  }

  it('links each panel number from contacts.json: 112 first with acute danger, 113 and 116 117 without', async () => {
    const acute = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="public" minor="yes" acute="yes"></mh-reporting-duty>`);
    const panel = root(acute).querySelector('.panel')!;
    expect(telHrefs(panel)[0]).to.equal('tel:112');
    expect(telHrefs(panel)).to.deep.equal(['tel:112', 'tel:116111']);
    expect(panel.querySelector<HTMLElement>('li.urgent')!.dataset.answerId).to.equal('acute-112');
    const calm = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="private" minor="no" acute="no"></mh-reporting-duty>`);
    expect(telHrefs(root(calm).querySelector('.panel')!)).to.deep.equal(['tel:+4722331160', 'tel:113', 'tel:116117']);
  });

  describe('at 360 × 740', () => {
    before(() => setViewport({ width: 360, height: 740 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('answered by clicks: the questions fold, focus moves to the answer, and it starts within 400 px', async () => {
      const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
      await choose(el, 'acute', 'yes');
      // One answer is enough for the panel; the questions stay while some are open.
      expect(panelIds(el)).to.deep.equal(['acute-112', 'avvergingsplikt-applies', 'meldeplikt-applies?if-public-minor', 'call-barnevern?if-minor']);
      expect(root(el).querySelector('form')).to.not.equal(null);
      await choose(el, 'role', 'public');
      await choose(el, 'minor', 'unknown');
      await el.updateComplete;
      expect(root(el).querySelector('form'), 'folded').to.equal(null);
      const line = root(el).querySelector<HTMLElement>('.answers')!;
      expect(squash(line.querySelector('p')!.textContent!)).to.equal('Svarene dine: Akutt fare · Alder ukjent (behandles som barn) · Offentlig myndighet');
      expect(root(el).activeElement).to.equal(root(el).querySelector('#panel-heading'));
      expect(panelIds(el)).to.deep.equal(PANEL['public|unknown|yes']);
      expect(panelTextProblems(el, 'nb')).to.deep.equal([]);
      expect(panelOffset(el)).to.be.at.most(400);
      // The answers line comes before the panel, the panel before the guide's text.
      expect(line.compareDocumentPosition(root(el).querySelector('.panel')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(360);
      await expect(el).to.be.accessible();
    });

    it('answered by attributes: folded from the start, the panel within 400 px, in nb, nn and en', async () => {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        for (const key of ['public|yes|yes', 'private|no|no', 'ngo|unknown|no', 'public-task|no|yes']) {
          const [role, minor, acute] = key.split('|');
          const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty lang=${lang} user-role=${role} minor=${minor} acute=${acute}></mh-reporting-duty>`);
          expect(root(el).querySelector('form'), `${lang} ${key}`).to.equal(null);
          expect(root(el).querySelector('.answers button.change')!.textContent!.trim()).to.equal(strings(lang).changeAnswers);
          expect(panelIds(el), `${lang} ${key}`).to.deep.equal(PANEL[key]);
          expect(panelTextProblems(el, lang), `${lang} ${key}`).to.deep.equal([]);
          expect(panelOffset(el), `${lang} ${key}`).to.be.at.most(400);
          await expect(el, `${lang} ${key}`).to.be.accessible();
          fixtureCleanup();
        }
      }
    });

    it('by keyboard only: answer, fold, change the answers and show the answer again', async () => {
      const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
      radio(el, 'acute', 'yes').focus();
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' }); // the acute group's "clear answer" button
      await sendKeys({ press: 'Tab' }); // the role group
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' }); // the age group
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).querySelector('form'), 'Space on the last answer folds the questions').to.equal(null);
      expect(root(el).activeElement?.id).to.equal('panel-heading');
      expect(panelOffset(el)).to.be.at.most(400);
      expect(panelIds(el)).to.deep.equal(PANEL['public|yes|yes']);
      // Back to the "change" button, visibly focused, and open the questions.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      const change = root(el).activeElement as HTMLButtonElement;
      expect(change.classList.contains('change')).to.equal(true);
      expect(getComputedStyle(change).outlineStyle).to.not.equal('none');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).querySelector('form')).to.not.equal(null);
      expect(root(el).activeElement, 'focus on the first question').to.equal(radio(el, 'acute', 'yes'));
      // Changing an answer while editing does not fold the questions under the user.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'acute', 'no').checked).to.equal(true);
      expect(root(el).querySelector('form')).to.not.equal(null);
      expect(root(el).activeElement).to.equal(radio(el, 'acute', 'no'));
      expect(panelIds(el)).to.deep.equal(PANEL['public|yes|no']);
      await expect(el).to.be.accessible();
      // "Se svaret" folds and moves focus to the answer.
      const show = root(el).querySelector<HTMLButtonElement>('button.show-answer')!;
      show.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).querySelector('form')).to.equal(null);
      expect(root(el).activeElement?.id).to.equal('panel-heading');
    });
  });

  it('does not fold while arrow keys move through the last question', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty acute="no" minor="no"></mh-reporting-duty>`);
    radio(el, 'role', 'public').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'role', 'public-task').checked).to.equal(true);
    expect(root(el).querySelector('form'), 'still open').to.not.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'role', 'ngo').checked).to.equal(true);
    expect(root(el).activeElement).to.equal(radio(el, 'role', 'ngo'));
    expect(root(el).querySelector('button.show-answer')).to.not.equal(null);
    expect(panelIds(el)).to.deep.equal(PANEL['ngo|no|no']);
  });

  it('folds the guide’s text into numbered steps, each a disclosure, with “Vis alle steg”', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="private" minor="no" acute="no"></mh-reporting-duty>`);
    const steps = () => [...root(el).querySelectorAll<HTMLDetailsElement>('details.step')];
    // Private person, adult, no acute danger: step 1 (avvergingsplikt, report), 2 (acute-help, ROSA), 3 (accompanying children), 4.
    expect(steps().map((step) => step.dataset.step)).to.deep.equal(['1', '2', '3', '4']);
    expect(squash(nth(steps(), 0).querySelector('summary')!.textContent!)).to.equal('Steg 1: Vurder om det er plikt eller rett til å varsle');
    expect(steps().every((step) => !step.open)).to.equal(true);
    const toggle = root(el).querySelector<HTMLButtonElement>('button.toggle-steps')!;
    expect(toggle.textContent!.trim()).to.equal('Vis alle steg');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(steps().every((step) => step.open)).to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Skjul alle steg');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(steps().every((step) => !step.open)).to.equal(true);
    // One step by keyboard on its summary; the legal text inside stays one more click away.
    nth(steps(), 1).querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(steps().map((step) => step.open)).to.deep.equal([false, true, false, false]);
    expect(toggle.textContent!.trim()).to.equal('Vis alle steg');
  });

  it('keeps 113, 116 117 and 02800 reachable without acute danger (#15)', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="public" minor="no" acute="no"></mh-reporting-duty>`);
    const section = root(el).querySelector<HTMLElement>('.section[data-id="acute-help"]')!;
    expect(section, 'acute-help stays').to.not.equal(null);
    expect(section.closest<HTMLElement>('details.step')!.dataset.step).to.equal('2');
    expect(telHrefs(section)).to.deep.equal(['tel:112', 'tel:02800', 'tel:113', 'tel:116117']);
    expect(section.textContent).to.include('hvis personen har behov for øyeblikkelig helsehjelp');
    expect(root(el).querySelector('.callout.acute'), 'not presented as acute danger').to.equal(null);
  });

  it('keeps the sentence on an adult’s accompanying children for an adult (#15)', async () => {
    const accompanying = 'Det samme gjelder medfølgende barn av en person som kan være i en pågående utnyttingssituasjon';
    const adult = await fixture<MhReportingDuty>(html`<mh-reporting-duty user-role="ngo" minor="no" acute="no"></mh-reporting-duty>`);
    const step3 = root(adult).querySelector<HTMLElement>('.section[data-id="protect-minor"]')!;
    expect(squash(step3.textContent!)).to.include(accompanying);
    expect(step3.querySelector('.applies')!.textContent).to.equal('Personen er voksen – men har personen barn med seg, kan dette gjelde barna.');
    // The blocks only about a minor (the age rule, barnevern–politi cooperation) stay out for an adult.
    expect(step3.textContent).not.to.include('Politiet skal bistå barnevernet');
    const child = await fixture<MhReportingDuty>(html`<mh-reporting-duty minor="yes"></mh-reporting-duty>`);
    const childStep3 = root(child).querySelector<HTMLElement>('.section[data-id="protect-minor"]')!;
    expect(squash(childStep3.textContent!)).to.include(accompanying);
    expect(childStep3.textContent).to.include('Politiet skal bistå barnevernet');
  });

  it('says in the avvergingsplikt section that meldeplikt can come in addition, where a child may be exposed (#15)', async () => {
    const sentence = 'Der barn kan være utsatt for menneskehandel, kan du i tillegg til avvergingsplikt, ha meldeplikt til barnevernet, se nedenfor.';
    for (const minor of ['yes', 'unknown']) {
      const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty minor=${minor}></mh-reporting-duty>`);
      expect(squash(root(el).querySelector('.section[data-id="avvergingsplikt"]')!.textContent!), minor).to.include(sentence);
    }
    const overview = await fixture<MhReportingDuty>(html`<mh-reporting-duty></mh-reporting-duty>`);
    expect(squash(root(overview).querySelector('.section[data-id="avvergingsplikt"]')!.textContent!)).to.include(sentence);
    const adult = await fixture<MhReportingDuty>(html`<mh-reporting-duty minor="no"></mh-reporting-duty>`);
    expect(root(adult).querySelector('.section[data-id="avvergingsplikt"]')!.textContent).not.to.include('i tillegg til avvergingsplikt');
  });

  it('keeps the “it never decides a case” line next to the answer', async () => {
    const el = await fixture<MhReportingDuty>(html`<mh-reporting-duty acute="yes"></mh-reporting-duty>`);
    expect(root(el).querySelector('.panel .panel-note')!.textContent).to.include('Den avgjør ikke saken din');
    expect(root(el).querySelector('.advice')!.textContent).to.include('ikke juridisk rådgivning');
  });

  it('examples "Changing the answers" and "All steps open" reach their state', async () => {
    const changing = await renderExample<MhReportingDuty>(examples.find((example) => example.name === 'Changing the answers')!);
    expect(root(changing).querySelector('form')).to.not.equal(null);
    expect(root(changing).querySelector('button.show-answer')).to.not.equal(null);
    const open = await renderExample<MhReportingDuty>(examples.find((example) => example.name === 'All steps open')!);
    const steps = [...root(open).querySelectorAll<HTMLDetailsElement>('details.step')];
    expect(steps.length).to.be.greaterThan(0);
    expect(steps.every((step) => step.open)).to.equal(true);
  });

  // axe on every example: test/gates/a11y.test.ts (once per language).
  for (const example of examples) {
    it(`example "${example.name}" renders with a heading`, async () => {
      const el = await captureWarningsAndRender(example);
      expect(root(el).querySelector('h2, h3')).to.not.equal(null);
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
