import { expect } from '@open-wc/testing';
import { loadFrame } from './frame.js';
import { waitFor } from '../helpers/index.js';

/**
 * A host that copied only the npm entry (dist/menneskehandel-widgets.js and what it imports at
 * once) without the chunks it loads on demand: nn, en and the local-contacts checker answer 404
 * (web-test-runner.config.js, /test-missing-chunks/). Nothing may fail quietly.
 */
type CapturingWindow = Window & typeof globalThis & { captured: { warn: string[]; error: string[] } };

function problems(element: Element | null): string[] {
  return [...(element?.shadowRoot?.querySelectorAll('[part~="problem"]') ?? [])].map((node) => node.textContent!.trim());
}

describe('the build copied without its chunks', () => {
  let frame: HTMLIFrameElement;
  let win: CapturingWindow;
  before(async () => {
    frame = await loadFrame('/test/integration/pages/missing-chunks.html');
    win = frame.contentWindow as CapturingWindow;
    const doc = frame.contentDocument!;
    await waitFor(() => ['#nn', '#en', '#local'].every((selector) => problems(doc.querySelector(selector)).length > 0), 'a notice in #nn, #en and #local');
  });
  after(() => frame.remove());

  it('an nn widget says, in nynorsk, that it shows bokmål because its language file did not load', () => {
    expect(problems(frame.contentDocument!.querySelector('#nn'))).to.deep.equal(['Teksten er vist på bokmål fordi språkfila for nynorsk ikkje kunne lastast.']);
  });

  it('an en widget says, in English, that it shows bokmål because its language file did not load', () => {
    expect(problems(frame.contentDocument!.querySelector('#en'))).to.deep.equal([
      'This text is shown in Norwegian Bokmål because the English language file could not be loaded.',
    ]);
  });

  it('the widget shown in bokmål is marked lang="nb" as a whole; its notice stays in the page\'s language', () => {
    for (const id of ['nn', 'en']) {
      const root = frame.contentDocument!.querySelector(`#${id}`)!.shadowRoot!;
      // Every visible word (UI strings such as "Nettside:" and the guide's text) sits under lang="nb".
      const walker = frame.contentDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const unmarked: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        const parent = node.parentElement!;
        if (!text || parent.closest('style, [part~="problem"]')) continue;
        if (parent.closest('[lang]')?.getAttribute('lang') !== 'nb') unmarked.push(text);
      }
      expect(unmarked, `#${id}: text not marked as bokmål`).to.deep.equal([]);
      const problem = root.querySelector('[part~="problem"]');
      expect(problem?.closest('[lang]'), `#${id} notice`).to.equal(null);
    }
    // A widget in its own language gets no such mark.
    const nb = frame.contentDocument!.querySelector('#nb')!.shadowRoot!;
    expect(nb.querySelector('.nb-fallback')).to.equal(null);
  });

  it('the footer of a widget shown in bokmål does not call its text an unofficial translation', () => {
    // The footer tables' sentences (src/footer/strings*.ts): none of them fits the original text.
    const unofficial = ['uoffisiell', 'unofficial'];
    for (const id of ['nn', 'en']) {
      const footer = frame.contentDocument!.querySelector(`#${id}`)!.shadowRoot!.querySelector('[part~="footer"]');
      expect(footer, `#${id} footer`).to.not.equal(null);
      for (const word of unofficial) expect(footer!.textContent, `#${id}`).to.not.include(word);
    }
  });

  it('an nb widget shows no notice (nb is in the entry)', () => {
    expect(problems(frame.contentDocument!.querySelector('#nb'))).to.deep.equal([]);
  });

  it('the contact list never drops the local contacts without a visible notice', () => {
    const list = frame.contentDocument!.querySelector('#local')!;
    expect(problems(list)).to.deep.equal(['De lokale kontaktene vises ikke: en fil widgeten trenger, mangler på nettstedet.']);
    expect(list.shadowRoot!.textContent).not.to.include('Krisesenteret i Eksempel kommune');
  });

  it('logs one console message per missing file, naming what to copy', () => {
    const warnings = win.captured.warn;
    expect(warnings.filter((message) => message.includes('"nn" language file'))).to.have.length(1);
    expect(warnings.filter((message) => message.includes('"en" language file'))).to.have.length(1);
    expect(warnings.filter((message) => message.includes('checker for local contacts'))).to.have.length(1);
    expect(warnings.every((message) => !message.includes('language file') || message.includes('Copy the whole'))).to.equal(true);
  });
});
