/**
 * Issue #21, item 7 (built bundle): registerLocale() imported from a second copy of the library
 * reaches the copy that defined the widgets. Needs `npm run build` (npm test builds first).
 */
import { expect } from '@open-wc/testing';
import { loadFrame, widgetsIn } from './frame.js';

describe('hardening: registerLocale from a second copy of the library', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the widgets defined by the first copy show the language the page registered through the second', async () => {
    const frame = await loadFrame('/test/integration/pages/second-copy-locale.html');
    const win = frame.contentWindow as Window & { registered?: Promise<void>; captured?: { warn: string[]; error: string[] } };
    for (let i = 0; i < 100 && !win.registered; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await win.registered;
    const card = widgetsIn(frame).find((element) => element.localName === 'mh-contact-card')!;
    for (let i = 0; i < 200 && !card.shadowRoot!.textContent!.includes('Цілодобово'); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(card.shadowRoot!.textContent).to.include('Цілодобово');
    expect(card.shadowRoot!.textContent).to.not.include('Døgnåpen');
    expect(win.captured!.error).to.deep.equal([]);
  });
});
