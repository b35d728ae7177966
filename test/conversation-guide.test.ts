import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/conversation-guide/define.js';
import type { MhConversationGuide, SituationsChangeDetail } from '../components/conversation-guide/conversation-guide.js';
import { safeSiteHref } from '../src/href.js';
import { getConversation, SITUATIONS, type Situation } from '../src/content/conversation.js';
import { hasContent } from '../src/content/store.js';
import { captureWarnings, first, nth, renderExample, root } from './helpers/index.js';
import { whenLocaleLoaded } from '../src/i18n.js';

// nn and en load on first use; these tests check translated UI, so load both up front.
before(() => Promise.all([whenLocaleLoaded('nn'), whenLocaleLoaded('en')]));

const data = getConversation('nb');

function shownIds(element: MhConversationGuide): string[] {
  return [...root(element).querySelectorAll<HTMLElement>('li.question')].map((item) => item.dataset.id!);
}

function checkbox(element: MhConversationGuide, situation: Situation): HTMLInputElement {
  return root(element).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${situation}"]`)!;
}

function statusText(element: MhConversationGuide): string {
  return root(element).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

function problems(element: MhConversationGuide): string[] {
  return [...root(element).querySelectorAll('.mh-problem')].map((problem) => problem.textContent!.trim());
}

function taggedWith(situation: Situation): string[] {
  return data.questions.list.filter((question) => question.situations.includes(situation)).map((question) => question.id);
}

async function render(markup: string): Promise<MhConversationGuide> {
  return renderExample<MhConversationGuide>({ name: 'test', description: '', markup });
}

describe('<mh-conversation-guide>', () => {
  describe('examples', () => {
    // Every example is axed once per language in test/gates/a11y.test.ts; here only the states reached by interaction.

    it('is accessible with every section open', async () => {
      const element = await render('<mh-conversation-guide rights-href="#rettigheter"></mh-conversation-guide>');
      for (const details of root(element).querySelectorAll('details')) details.open = true;
      await expect(element).to.be.accessible();
    });
  });

  describe('the example questions', () => {
    it('shows all 12 of the guide’s questions by default, numbered as in the guide', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      const items = [...root(element).querySelectorAll<HTMLLIElement>('li.question')];
      expect(items).to.have.length(12);
      expect(statusText(element)).to.equal('Viser alle 12 spørsmål.');
      items.forEach((item, index) => {
        expect(item.value).to.equal(index + 1);
        expect(item.querySelector('.question-text')!.textContent!.trim()).to.equal(nth(data.questions.list, index, 'question').question);
      });
    });

    it('shows each question’s follow-ups, one per line', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      for (const question of data.questions.list) {
        const item = root(element).querySelector(`li.question[data-id="${question.id}"]`)!;
        const selector = question.note ? 'blockquote.say' : 'ul.follow-ups > li';
        const rendered = [...item.querySelectorAll(selector)].map((node) => node.textContent!.trim());
        expect(rendered, question.id).to.deep.equal(question.followUps);
      }
      // From the guide: the first question's two italic follow-ups.
      const first = root(element).querySelector('li.question')!;
      expect(first.textContent).to.include('Hva synes du er vanskelig?');
      expect(first.textContent).to.include('Kan du forlate arbeidet/arbeidsstedet når du selv ønsker det?');
    });

    it('gives the last question the guide’s bracketed instruction and the rights information to say', async () => {
      const element = await render('<mh-conversation-guide rights-href="#mh-del-7"></mh-conversation-guide>');
      const last = root(element).querySelector('li.question[data-id="need-help"]')!;
      expect(last.querySelector('.note')!.textContent!.trim()).to.equal('[Du bør her følge opp med informasjon om rettigheter:]');
      expect(last.querySelector('blockquote')!.textContent).to.include('De som er utsatt har rett til hjelp og beskyttelse.');
      expect(last.querySelector<HTMLAnchorElement>('a.rights-link')!.href).to.equal(new URL('#mh-del-7', window.location.href).href);
    });
  });

  describe('filter', () => {
    for (const situation of SITUATIONS) {
      it(`shows the questions tagged ${situation}`, async () => {
        const element = await render('<mh-conversation-guide></mh-conversation-guide>');
        checkbox(element, situation).click();
        await element.updateComplete;
        const expected = taggedWith(situation);
        expect(expected.length).to.be.greaterThan(0);
        expect(shownIds(element)).to.deep.equal(expected);
        expect(statusText(element)).to.equal(`Viser ${expected.length} av 12 spørsmål.`);
      });
    }

    it('shows the union when several situations are ticked, and fires mh-situations-change', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      const details: SituationsChangeDetail[] = [];
      element.addEventListener('mh-situations-change', (event) => details.push((event as CustomEvent<SituationsChangeDetail>).detail));
      checkbox(element, 'travel').click();
      checkbox(element, 'housing').click();
      await element.updateComplete;
      const expected = data.questions.list
        .filter((question) => question.situations.includes('travel') || question.situations.includes('housing'))
        .map((question) => question.id);
      expect(shownIds(element)).to.deep.equal(expected);
      // From the guide: the travel and passport questions ask about the journey to Norway.
      expect(shownIds(element)).to.include.members(['journey', 'passport', 'housing']);
      expect(details.at(-1)).to.deep.equal({ situations: ['housing', 'travel'], questions: expected });
    });

    it('presets the filter from the situations attribute', async () => {
      const element = await render('<mh-conversation-guide situations="work housing"></mh-conversation-guide>');
      expect(checkbox(element, 'work').checked).to.equal(true);
      expect(checkbox(element, 'housing').checked).to.equal(true);
      expect(checkbox(element, 'money').checked).to.equal(false);
      const expected = data.questions.list
        .filter((question) => question.situations.includes('work') || question.situations.includes('housing'))
        .map((question) => question.id);
      expect(shownIds(element)).to.deep.equal(expected);
    });

    it('"show all" and resetState() clear what was ticked', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      checkbox(element, 'health').click();
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(taggedWith('health'));
      element.resetState();
      await element.updateComplete;
      expect(shownIds(element)).to.have.length(12);
      expect(checkbox(element, 'health').checked).to.equal(false);

      checkbox(element, 'shopping').click();
      await element.updateComplete;
      root(element).querySelector<HTMLButtonElement>('button.show-all')!.click();
      await element.updateComplete;
      expect(shownIds(element)).to.have.length(12);
      expect(statusText(element)).to.equal('Viser alle 12 spørsmål.');
    });

    it('forgets the filter on quick exit', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      checkbox(element, 'passport').click();
      await element.updateComplete;
      window.dispatchEvent(new Event('mh-quick-exit'));
      await element.updateComplete;
      expect(element.hidden).to.equal(true);
      expect(shownIds(element)).to.have.length(12);
    });

    it('works with the keyboard', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      checkbox(element, SITUATIONS[0]).focus();
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(taggedWith(SITUATIONS[0]));

      await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement).to.equal(checkbox(element, SITUATIONS[1]));
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(checkbox(element, SITUATIONS[1]).checked).to.equal(true);
      const both = data.questions.list
        .filter((question) => question.situations.some((situation) => situation === SITUATIONS[0] || situation === SITUATIONS[1]))
        .map((question) => question.id);
      expect(shownIds(element)).to.deep.equal(both);

      // Space again unticks.
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(taggedWith(SITUATIONS[0]));

      // Tab past the remaining checkboxes to "show all", then Enter.
      for (let index = 2; index < SITUATIONS.length; index += 1) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement!.classList.contains('show-all')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(shownIds(element)).to.have.length(12);
    });

    it('announces the count in a polite status region', async () => {
      const element = await render('<mh-conversation-guide situations="customers"></mh-conversation-guide>');
      const status = root(element).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal(`Viser ${taggedWith('customers').length} av 12 spørsmål.`);
    });
  });

  describe('Del 5 content', () => {
    it('shows the guide’s text with the errata applied', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      const text = root(element).textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('Er det tegn på at personen blir utnyttet, kan du ha avvergingsplikt eller du kan ha meldeplikt til barnevernet.');
      expect(text).to.include('Du skal kun bruke kvalifiserte tolker.');
      expect(text).to.include('kan barnevernet kontaktes før en slik samtale gjennomføres');
      expect(text).to.include('Forsøk å unngå ord som «menneskehandel», «tvang» og «offer».');
      for (const purpose of data.purposes.points) expect(text).to.include(purpose.text);
    });

    it('has 6 conversation tips and 5 tips for minors in expandable sections', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      const tips = root(element).querySelector('details[data-id="conversation-tips"]')!;
      const minorTips = root(element).querySelector('details[data-id="minor-tips"]')!;
      expect(tips.querySelectorAll('li')).to.have.length(6);
      expect(minorTips.querySelectorAll('li')).to.have.length(5);
      expect(tips.querySelector('summary')).to.not.equal(null);
    });

    it('gives ROSA and the national guidance function with the numbers printed in the guide', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      const links = [...root(element).querySelectorAll<HTMLAnchorElement>('.contacts a[href^="tel:"]')];
      // From the guide: ROSA 22 33 11 60 (Del 5 list), Nasjonal veiledningsfunksjon 466 15 000 (Del 6 and 8).
      expect(links.map((link) => [link.textContent!.trim(), link.getAttribute('href')])).to.deep.equal([
        ['22 33 11 60', 'tel:+4722331160'],
        ['466 15 000', 'tel:+4746615000'],
      ]);
      expect(first(links, 'phone link').getAttribute('aria-label')).to.equal('Ring ROSA, 22 33 11 60');
    });

    it('links utnyttelse.no to the address the guide prints', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      const links = [...root(element).querySelectorAll<HTMLAnchorElement>('a')].filter((link) => link.textContent === 'utnyttelse.no');
      expect(links.length).to.equal(2);
      for (const link of links) expect(link.getAttribute('href')).to.equal('https://www.utnyttelse.no');
    });

    it('keeps Nasjonalt tolkeregister as text, since its link was lost', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      const interpreter = root(element).querySelector('[data-id="interpreter"]')!;
      expect(interpreter.textContent).to.include('Nasjonalt tolkeregister');
      expect(interpreter.querySelector('a')).to.equal(null);
    });

    it('ends with the source footer naming Del 5', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      expect(root(element).querySelector('.mh-footer')!.textContent).to.include('Del 5');
    });
  });

  describe('headings and language', () => {
    it('uses heading-level for the title and the level below for sections', async () => {
      const element = await render('<mh-conversation-guide heading-level="4"></mh-conversation-guide>');
      expect(root(element).querySelector('h4.title')).to.not.equal(null);
      expect(root(element).querySelectorAll('h5').length).to.be.greaterThan(3);
      expect(root(element).querySelector('h2, h3, h6')).to.equal(null);
    });

    it('shows the interface in English, and the content in English or marked as Norwegian', async () => {
      const element = await render('<mh-conversation-guide lang="en"></mh-conversation-guide>');
      expect(root(element).querySelector('legend')!.textContent!.trim()).to.equal('Show questions about');
      expect(statusText(element)).to.equal('Showing all 12 questions.');
      const question = root(element).querySelector('.question-text')!;
      // content/en/conversation.json once translated (loaded with the en locale), else nb marked lang="nb".
      const translated = hasContent('conversation', 'en');
      expect(question.getAttribute('lang')).to.equal(translated ? null : 'nb');
      expect(question.textContent!.trim()).to.equal(first(getConversation('en').questions.list, 'question').question);
    });

    it('shows the interface in nynorsk', async () => {
      const element = await render('<mh-conversation-guide lang="nn" situations="help"></mh-conversation-guide>');
      expect(statusText(element)).to.equal('Viser 1 av 12 spørsmål.');
      expect(root(element).querySelector('.show-all')!.textContent!.trim()).to.equal('Vis alle spørsmåla');
    });
  });

  describe('rights-href', () => {
    it('links the closing information to a same-site or https: address', async () => {
      for (const href of ['/rettigheter', '#mh-del-7', 'rettigheter.html', 'https://kommune.example/rettigheter']) {
        const element = await render(`<mh-conversation-guide rights-href="${href}"></mh-conversation-guide>`);
        const link = root(element).querySelector<HTMLAnchorElement>('.rights a')!;
        // Resolved against the document's URL, not its base URL (an in-page link stays in the page under <base href>).
        expect(link.href, href).to.equal(new URL(href, window.location.href).href);
      }
    });

    it('shows text without a link when no address is given', async () => {
      const element = await render('<mh-conversation-guide></mh-conversation-guide>');
      expect(root(element).querySelector('.rights a')).to.equal(null);
      expect(root(element).querySelector('.rights .rights-text')).to.not.equal(null);
    });

    it('rejects other schemes and other sites', () => {
      for (const href of ['javascript:alert(1)', 'http://example.no', '//evil.example', 'data:text/html,x', '/\\evil.example', ' ']) {
        expect(safeSiteHref(href), href).to.equal(null);
      }
    });
  });

  describe('bad input', () => {
    it('reports unknown situations, keeps the known ones and warns once', async () => {
      let element!: MhConversationGuide;
      const warnings = await captureWarnings(async () => {
        element = await render('<mh-conversation-guide situations="work cooking"></mh-conversation-guide>');
        element.requestUpdate();
        await element.updateComplete;
      });
      expect(problems(element)).to.have.length(1);
      expect(problems(element)[0]).to.include('cooking');
      expect(problems(element)[0]).to.include('phone-and-accounts');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('situations');
      expect(warnings[0]).to.include('cooking');
      expect(warnings[0]).to.include(SITUATIONS.join(', '));
      expect(shownIds(element)).to.deep.equal(taggedWith('work'));
    });

    it('shows all questions when every situation is unknown', async () => {
      let element!: MhConversationGuide;
      await captureWarnings(async () => {
        element = await render('<mh-conversation-guide situations="cooking"></mh-conversation-guide>');
      });
      expect(shownIds(element)).to.have.length(12);
      expect(problems(element)).to.have.length(1);
    });

    it('reports an invalid heading-level and uses 2', async () => {
      let element!: MhConversationGuide;
      const warnings = await captureWarnings(async () => {
        element = await render('<mh-conversation-guide heading-level="9"></mh-conversation-guide>');
      });
      expect(problems(element)[0]).to.include('heading-level');
      expect(problems(element)[0]).to.include('2, 3, 4, 5, 6');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('heading-level');
      expect(root(element).querySelector('h2.title')).to.not.equal(null);
    });

    it('reports an unsafe rights-href and shows text instead of a link', async () => {
      let element!: MhConversationGuide;
      const warnings = await captureWarnings(async () => {
        element = await render('<mh-conversation-guide rights-href="javascript:alert(1)"></mh-conversation-guide>');
      });
      expect(problems(element)[0]).to.include('rights-href');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('rights-href');
      expect(warnings[0]).to.include('https:');
      expect(root(element).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(root(element).querySelector('.rights .rights-text')).to.not.equal(null);
    });

    it('never renders blank when attributes change to bad values later', async () => {
      const element = await fixture<MhConversationGuide>(html`<mh-conversation-guide></mh-conversation-guide>`);
      const warnings = await captureWarnings(async () => {
        element.situations = 'nope';
        await element.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(shownIds(element)).to.have.length(12);
    });
  });
});
