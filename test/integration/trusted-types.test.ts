import { expect } from '@open-wc/testing';
import { loadFrame, widgetsIn } from './frame.js';
import { waitFor } from '../helpers/index.js';

/**
 * Trusted Types (script-tag build). The pages are served with the strict CSP plus
 * `require-trusted-types-for 'script'` and `trusted-types lit-html` (csp.html?trusted-types=lit-html) or
 * `trusted-types 'none'` (csp-trusted-types-refused.html); see web-test-runner.config.js.
 * Browsers without Trusted Types (`window.trustedTypes` missing, e.g. Firefox ESR) ignore both
 * directives: there the tests check that the widgets render as on any strict-CSP page instead.
 */
type FrameWindow = Window & typeof globalThis & { cspViolations: string[]; captured?: { warn: string[]; error: string[] } };

const SUPPORTED = 'trustedTypes' in window;
const where = SUPPORTED ? 'Trusted Types enforced' : 'no Trusted Types in this browser, directives ignored';

describe('integration: Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it(`with trusted-types lit-html, every widget renders with zero violations (${where})`, async () => {
    const frame = await loadFrame('/test/integration/pages/csp.html?trusted-types=lit-html');
    const win = frame.contentWindow as FrameWindow;
    expect('trustedTypes' in win).to.equal(SUPPORTED);
    const widgets = widgetsIn(frame);
    expect(widgets.length).to.be.greaterThan(8);
    for (const element of widgets) {
      expect(win.customElements.get(element.localName), element.localName).to.not.equal(undefined);
      expect(element.shadowRoot?.textContent?.trim().length ?? 0, `<${element.localName}> rendered text`).to.be.greaterThan(10);
    }
    // Open a part of the guide and a myth: later renders go through Lit's policy too.
    const guide = widgets.find((element) => element.localName === 'mh-guide') as HTMLElement & { open(part: number, focus?: boolean): void; updateComplete: Promise<boolean> };
    guide.open(4, false);
    await guide.updateComplete;
    expect(guide.shadowRoot!.querySelector('mh-indicator-checklist')).to.not.equal(null);
    expect(win.cspViolations).to.deep.equal([]);
    // Last (it is itself a violation): the page really is under require-trusted-types-for, so a
    // plain string into innerHTML is refused.
    const probe = frame.contentDocument!.createElement('div');
    let refused = false;
    try {
      probe.innerHTML = '<b>x</b>';
    } catch {
      refused = true;
    }
    expect(refused, 'innerHTML with a string throws under the served CSP').to.equal(SUPPORTED);
  });

  it(`with trusted-types 'none', the host's fallback stays and ONE console.error names the directive (${where})`, async () => {
    const frame = await loadFrame('/test/integration/pages/csp-trusted-types-refused.html');
    const win = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    if (SUPPORTED) {
      await waitFor(() => (win.captured?.error.length ?? 0) > 0, 'a Trusted Types violation captured');
      // Give the other widget modules time to fail too: still one message.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const errors = win.captured!.error.filter((message) => message.includes('menneskehandel-widgets'));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('trusted-types lit-html');
      expect(errors[0]).to.include("require-trusted-types-for 'script'");
      for (const tag of ['mh-contact-card', 'mh-myths', 'mh-guide']) expect(win.customElements.get(tag), tag).to.equal(undefined);
      // Not defined, so no shadow root: the host's own content inside the tags stays visible.
      const fallback = doc.querySelector<HTMLElement>('#fallback-card')!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(fallback.querySelector('a')!.getAttribute('href')).to.equal('tel:+4722331160');
      expect(doc.querySelector<HTMLElement>('#fallback-guide')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(win.captured!.warn.filter((message) => message.includes('could not load'))).to.deep.equal([]);
    } else {
      for (const element of widgetsIn(frame)) expect(element.shadowRoot?.textContent?.trim().length ?? 0, element.localName).to.be.greaterThan(10);
      expect(win.captured!.error).to.deep.equal([]);
    }
  });
});
