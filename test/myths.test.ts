import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/myths/define.js';
import type { MhMyths } from '../components/myths/myths.js';
import { examples } from '../components/myths/examples.js';
import { getMyths } from '../src/content/myths.js';
import { captureWarnings, collapse, first, nth, renderExample, waitFor } from './helpers/index.js';
import { whenLocaleLoaded } from '../src/i18n.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

const file = getMyths('nb');
const example = (name: string) => examples.find((candidate) => candidate.name === name)!;

async function render(markup: string): Promise<MhMyths> {
  return renderExample<MhMyths>({ name: 'test', description: '', markup });
}

function items(element: MhMyths): HTMLLIElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLLIElement>('li.item')];
}

describe('<mh-myths>', () => {
  // Every example is axed once per language in test/gates/a11y.test.ts; here only the states reached by interaction.

  it('shows the guide\'s heading and intro sentence', async () => {
    const element = await render('<mh-myths></mh-myths>');
    expect(collapse(element.shadowRoot!.querySelector('h2')?.textContent)).to.equal('Myter og misforståelser om menneskehandel');
    expect(collapse(element.shadowRoot!.querySelector('[part="intro"]')?.textContent)).to.match(/^Det eksisterer en rekke myter og misforståelser/);
  });

  it('lists all 12 myths, each with the fact from the content, labelled Myte and Fakta', async () => {
    const element = await render('<mh-myths></mh-myths>');
    const rows = items(element);
    expect(rows).to.have.length(12);
    expect(file.myths).to.have.length(12);
    file.myths.forEach((myth, index) => {
      const row = nth(rows, index, 'myth row');
      expect(row.dataset.id).to.equal(myth.id);
      expect(collapse(row.querySelector('.myth')?.textContent)).to.include(myth.myth);
      expect(collapse(row.querySelector('.fact blockquote')?.textContent)).to.include(collapse(myth.fact));
      const labels = [...row.querySelectorAll('.label')].map((label) => collapse(label.textContent));
      expect(labels).to.deep.equal(['Myte:', 'Fakta:']);
      expect(row.querySelector('details')).to.equal(null);
    });
  });

  it('reads the six grouped myths with the guide\'s lead', async () => {
    const element = await render('<mh-myths></mh-myths>');
    const statements = items(element).map((row) => collapse(row.querySelector('.myth')?.textContent));
    const lead = 'Personen er ikke et offer for menneskehandel når vedkommende';
    expect(statements.filter((statement) => statement.startsWith(lead))).to.have.length(6);
    expect(statements).to.include(`${lead} avslår tilbud om hjelp`);
    expect(statements).to.include('Norske borgere kan ikke være ofre for menneskehandel.');
  });

  it('answers "knew what would happen" with the consent sentence and "did not escape" with one that fits every form', async () => {
    // Written from the guide's Del 2 (issue #15): knowing is a form of consent, and consent obtained
    // by abuse of a vulnerable situation is without significance.
    const consent = 'Samtykke til utnyttningen skal være uten betydning når personen er under 18 år';
    const element = await render('<mh-myths></mh-myths>');
    const fact = (id: string) => collapse(items(element).find((row) => row.dataset.id === id)!.querySelector('.fact blockquote')?.textContent);
    expect(fact('knew-what-would-happen')).to.include(consent);
    expect(fact('did-not-escape')).to.include('ikke har noe annet valg enn å underkaste seg menneskehandlerne');
    // The forced-labour-only sentence no longer answers a myth about every victim.
    expect(fact('did-not-escape')).to.not.include('tvangsarbeid');
    // The editors' rationale is in the content, not on the page.
    const rationale = file.myths.find((myth) => myth.id === 'did-not-escape')!.rationale!;
    expect(rationale.length).to.be.greaterThan(40);
    expect(element.shadowRoot!.textContent).to.not.include(rationale.slice(0, 30));
  });

  it('shows where each fact is quoted from (Del 3 for the reasons victims rarely self-identify)', async () => {
    const element = await render('<mh-myths></mh-myths>');
    const row = items(element).find((candidate) => candidate.dataset.id === 'better-off-than-before')!;
    expect(collapse(row.querySelector('.fact-source')?.textContent)).to.equal('Veilederen, del 3');
    expect(collapse(row.querySelector('.fact li')?.textContent)).to.equal('Personen mener å ha det bedre i menneskehandelssituasjonen enn tidligere.');
  });

  it('reveal: each myth is a closed disclosure whose summary is the myth', async () => {
    const element = await render('<mh-myths display="reveal"></mh-myths>');
    const details = [...element.shadowRoot!.querySelectorAll('details')];
    expect(details).to.have.length(12);
    details.forEach((disclosure, index) => {
      expect(disclosure.open).to.equal(false);
      expect(collapse(disclosure.querySelector('summary')?.textContent)).to.include(nth(file.myths, index).myth);
      expect(collapse(disclosure.querySelector('.fact blockquote')?.textContent)).to.include(collapse(nth(file.myths, index).fact));
    });
  });

  it('reveal: Enter opens a fact and Space closes it, with an mh-myth-toggle event', async () => {
    const element = await render('<mh-myths display="reveal"></mh-myths>');
    const events: Array<{ id: string; open: boolean }> = [];
    element.addEventListener('mh-myth-toggle', (event) => events.push((event as CustomEvent).detail));
    const disclosure = nth(element.shadowRoot!.querySelectorAll('details'), 1);
    disclosure.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => events.length === 1);
    expect(disclosure.open).to.equal(true);
    expect(events[0]).to.deep.equal({ id: nth(file.myths, 1).id, open: true });
    // ' ' is the Space key in both CDP (Chromium) and WebDriver BiDi (Firefox).
    await sendKeys({ press: ' ' });
    await waitFor(() => events.length === 2);
    expect(disclosure.open).to.equal(false);
    expect(events[1]).to.deep.equal({ id: nth(file.myths, 1).id, open: false });
  });

  it('reveal: Tab moves from myth to myth', async () => {
    const element = await render('<mh-myths display="reveal"></mh-myths>');
    const summaries = element.shadowRoot!.querySelectorAll('summary');
    first(summaries).focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(summaries[1]);
  });

  it('resetState() closes every open fact', async () => {
    const element = await render('<mh-myths display="reveal"></mh-myths>');
    const details = [...element.shadowRoot!.querySelectorAll('details')];
    nth(details, 0).querySelector('summary')!.click();
    nth(details, 4).querySelector('summary')!.click();
    await waitFor(() => nth(details, 0).open && nth(details, 4).open);
    element.resetState();
    await element.updateComplete;
    expect(details.filter((disclosure) => disclosure.open)).to.have.length(0);
    // and stays closed after the queued toggle events
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(details.filter((disclosure) => disclosure.open)).to.have.length(0);
  });

  it('unknown display: visible notice, one console warning naming the values, list shown', async () => {
    let element!: MhMyths;
    const warnings = await captureWarnings(async () => {
      element = await renderExample<MhMyths>(example('Unknown display'));
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('display="cards"').and.include('list, reveal');
    expect(collapse(element.shadowRoot!.querySelector('[part="problem"]')?.textContent)).to.include('«cards»');
    expect(items(element)).to.have.length(12);
    expect(element.shadowRoot!.querySelector('details')).to.equal(null);
  });

  it('invalid heading-level: notice, warning and an h2', async () => {
    let element!: MhMyths;
    const warnings = await captureWarnings(async () => {
      element = await render('<mh-myths heading-level="9"></mh-myths>');
    });
    expect(warnings.join()).to.include('heading-level="9"').and.include('2, 3, 4, 5, 6');
    expect(element.shadowRoot!.querySelector('h2')).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('[part="problem"]')).to.not.equal(null);
  });

  it('renders the heading at heading-level', async () => {
    const element = await render('<mh-myths heading-level="4"></mh-myths>');
    expect(element.shadowRoot!.querySelector('h4')?.textContent).to.include('Myter og misforståelser');
  });

  it('UI labels follow lang; the footer names Del 2', async () => {
    const element = await render('<mh-myths lang="en" display="reveal"></mh-myths>');
    const labels = [...element.shadowRoot!.querySelectorAll('.label')].map((label) => collapse(label.textContent));
    expect(labels.slice(0, 2)).to.deep.equal(['Myth:', 'Fact:']);
    expect(collapse(element.shadowRoot!.querySelector('.mh-footer')?.textContent)).to.include('Part 2');
    const nb = await render('<mh-myths></mh-myths>');
    expect(collapse(nb.shadowRoot!.querySelector('.mh-footer')?.textContent)).to.include('Del 2');
  });
});
