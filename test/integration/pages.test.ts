import { expect } from '@open-wc/testing';
import { loadFrame, widgetsIn } from './frame.js';

const ALL_TAGS = [
  'mh-indicator-checklist',
  'mh-reporting-duty',
  'mh-rights-list',
  'mh-contact-card',
  'mh-contact-list',
  'mh-quick-exit',
  'mh-conversation-guide',
  'mh-myths',
  'mh-guide',
];

type FrameWindow = Window & { cspViolations?: string[]; captured?: { warn: string[]; error: string[] } };

function visibleText(element: HTMLElement): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('integration: the one-script bundle on real pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('defines every widget and renders each under a strict CSP with no violation', async () => {
    const frame = await loadFrame('/test/integration/pages/csp.html');
    const win = frame.contentWindow as FrameWindow;
    for (const tag of ALL_TAGS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    for (const element of widgetsIn(frame)) {
      expect(visibleText(element).length, `<${element.localName}> rendered text`).to.be.greaterThan(10);
      expect(element.shadowRoot!.querySelector('.mh-problem'), `<${element.localName}> shows no problem`).to.equal(null);
    }
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('survives the script loaded twice and a second version, warning once per copy and throwing nothing', async () => {
    const frame = await loadFrame('/test/integration/pages/two-versions.html');
    const win = frame.contentWindow as FrameWindow & { ready: Promise<void> };
    await win.ready;
    expect(win.captured!.error).to.deep.equal([]);
    const mismatch = win.captured!.warn.filter((message) => message.includes('Load one copy of the library'));
    // The install claiming 0.0.9 loads first; 0.1.0's modules warn once (not once per tag). The
    // 0.1.0 loader loaded again with a query shares its modules, so it defines nothing again.
    expect(mismatch.length).to.equal(1);
    expect(mismatch.every((message) => message.includes('0.0.9'))).to.equal(true);
    const card = widgetsIn(frame).find((element) => element.localName === 'mh-contact-card')!;
    expect(card.shadowRoot!.querySelector(`a[href="tel:+4722331160"]`)).to.not.equal(null);
  });

  it('stays usable on a quirks-mode page with aggressive global CSS and no lang', async () => {
    const frame = await loadFrame('/test/integration/pages/hostile.html');
    const doc = frame.contentDocument!;
    expect(doc.compatMode).to.equal('BackCompat');
    for (const element of widgetsIn(frame)) {
      expect(visibleText(element).length, `<${element.localName}>`).to.be.greaterThan(5);
    }
    const card = widgetsIn(frame).find((element) => element.localName === 'mh-contact-card')!;
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    const style = frame.contentWindow!.getComputedStyle(link);
    // The host's !important rules on `a` must not reach into the shadow root.
    expect(style.fontSize).to.not.equal('8px');
    expect(style.backgroundColor).to.not.equal('rgb(0, 0, 0)');
  });

  it('fits a 320 px wide viewport without horizontal scrolling', async () => {
    const frame = await loadFrame('/test/integration/pages/csp.html', 320);
    const doc = frame.contentDocument!;
    expect(doc.documentElement.scrollWidth, 'page scroll width at 320 px').to.be.at.most(320);
  });
});
