import { expect, fixture } from '@open-wc/testing';
import '../../index.js';

/**
 * The per-widget modules in cdn/components are built with content slices (a widget carries only
 * the contacts its content names). Every phone and e-mail link a widget shows from source must
 * also be there in its built module: a number lost in the build would be the worst kind of bug.
 */
const CASES: { widget: string; markup: string }[] = [
  { widget: 'contact-card', markup: '<mh-contact-card contact="rosa"></mh-contact-card>' },
  { widget: 'contact-list', markup: '<mh-contact-list need="acute"></mh-contact-list>' },
  { widget: 'indicator-checklist', markup: '<mh-indicator-checklist audience="minor"></mh-indicator-checklist>' },
  { widget: 'reporting-duty', markup: '<mh-reporting-duty></mh-reporting-duty>' },
  { widget: 'reporting-duty', markup: '<mh-reporting-duty user-role="public" minor acute></mh-reporting-duty>' },
  { widget: 'rights-list', markup: '<mh-rights-list audience="minor"></mh-rights-list>' },
  { widget: 'rights-list', markup: '<mh-rights-list variant="person" audience="minor"></mh-rights-list>' },
  { widget: 'conversation-guide', markup: '<mh-conversation-guide></mh-conversation-guide>' },
];

/** Every tel: and mailto: address in an element's shadow tree, nested shadow roots included. */
function contactLinks(root: Element | ShadowRoot): string[] {
  const links: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      // Duck-typed: the built widget lives in an iframe, whose HTMLAnchorElement is another class.
      if (element.localName === 'a' && /^(tel|mailto):/.test(element.getAttribute('href') ?? '')) {
        links.push(element.getAttribute('href')!);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  return links.sort();
}

async function renderBuilt(widget: string, markup: string): Promise<Element> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/integration/pages/per-widget.html?widget=${widget}&markup=${encodeURIComponent(markup)}`;
  document.body.append(frame);
  await loaded;
  await (frame.contentWindow as Window & { ready: Promise<void> }).ready;
  return [...frame.contentDocument!.body.children].find((child) => child.localName.startsWith('mh-'))!;
}

describe('integration: per-widget modules show every number the source shows', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const { widget, markup } of CASES) {
    it(`cdn/components/${widget}.js: ${markup}`, async () => {
      const fromSource = await fixture<HTMLElement>(markup);
      await (fromSource as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const expected = contactLinks(fromSource);
      expect(expected.length, 'the source rendering has contact links').to.be.greaterThan(0);
      const built = await renderBuilt(widget, markup);
      expect(contactLinks(built)).to.deep.equal(expected);
    });
  }
});
