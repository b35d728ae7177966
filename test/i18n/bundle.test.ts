import { expect } from '@open-wc/testing';
import { nn as mythsNn } from '../../components/myths/strings.nn.js';
import { en as mythsEn } from '../../components/myths/strings.en.js';
import { renderedText } from './tables.js';

type FrameWindow = Window & typeof globalThis;

/** A page with the script-tag build (cdn/, from `npm run build`) and one widget, in an iframe. */
async function page(lang: string, script: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.title = 'bundle test';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body><mh-myths></mh-myths><script type="module" src="${script}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const element = win.document.querySelector('mh-myths') as HTMLElement & { localeReady?: Promise<unknown> };
  for (let i = 0; i < 200 && !element.localeReady; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  await element.localeReady;
  return { frame, win };
}

const scripts = (win: FrameWindow) =>
  win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js') || name.includes('.js?'));

describe('the script-tag build loads nn/en from its own folder', () => {
  afterEach(() => document.querySelectorAll('iframe[title="bundle test"]').forEach((frame) => frame.remove()));

  it('fetches the en chunk from the same origin and folder as the script, and shows English', async () => {
    const { win } = await page('en', '/cdn/menneskehandel-widgets.js');
    const element = win.document.querySelector('mh-myths')!;
    expect(renderedText(element.shadowRoot!)).to.include(mythsEn.listLabel);
    const chunk = scripts(win).find((name) => /\/cdn\/c\/en-[\w-]+\.js$/.test(name));
    expect(chunk, scripts(win).join('\n')).to.not.equal(undefined);
    expect(new URL(chunk!).origin).to.equal(location.origin);
    // nb pages never fetch a locale.
    expect(scripts(win).some((name) => /\/c\/nn-/.test(name))).to.equal(false);
  });

  it('loads no locale chunk for an nb page', async () => {
    const { win } = await page('nb', '/cdn/menneskehandel-widgets.js');
    expect(scripts(win).filter((name) => /\/c\/(nn|en)-/.test(name))).to.deep.equal([]);
  });

  it('works when the script URL has a query (?ver=…): one copy of the library, nn shown', async () => {
    const { win } = await page('nn', '/cdn/menneskehandel-widgets.js?ver=1');
    expect(renderedText(win.document.querySelector('mh-myths')!.shadowRoot!)).to.include(mythsNn.listLabel);
    const entries = scripts(win).filter((name) => name.includes('menneskehandel-widgets.js'));
    expect(entries.map((name) => new URL(name).search)).to.deep.equal(['?ver=1']);
  });
});
