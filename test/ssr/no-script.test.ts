/**
 * Static snippets with JavaScript off (issue #18): the pages of dist/html/ (written by
 * `npm run build`) in an `<iframe sandbox>` without allow-scripts, so no script of theirs runs.
 * The guide's text, links and `tel:` numbers are there from the HTML alone; the controls that
 * need script are hidden, not shown dead.
 */
import { expect } from '@open-wc/testing';
import contactsNb from '../../content/nb/contacts.json';
import { getIndicators, listIndicators } from '../../src/content/indicators.js';
import { phoneDisplay, phoneHref } from '../../src/content/phone.js';

/** Loads a static snippet page with scripts disabled (same origin, so the test can read it). */
async function loadWithoutScripts(file: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = '1024px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/html/${file}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // The page's script tag is there, but did not run: nothing is defined.
  expect(doc.querySelector('script[type="module"]'), 'the page carries its script tag').to.not.equal(null);
  const names = [...doc.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.startsWith('mh-'));
  expect(names.length).to.be.greaterThan(0);
  for (const name of names) expect(frame.contentWindow!.customElements.get(name), `<${name}> not defined`).to.equal(undefined);
  return doc;
}

/** The widget in the example section labelled `label`. */
function exampleWidget(doc: Document, label: string): Element {
  const widget = doc.querySelector(`main > section[aria-label="${label}"] > [lang]`);
  expect(widget, `example "${label}"`).to.not.equal(null);
  expect(widget!.shadowRoot, `example "${label}" is prerendered`).to.not.equal(null);
  return widget!;
}

/** Text of `root` and the shadow roots inside it, white space collapsed. */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.localName === 'style') return;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

const isShown = (element: Element) => {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return box.width > 0 && box.height > 0 && style.visibility === 'visible' && style.pointerEvents !== 'none';
};

describe('Static snippets with JavaScript off (dist/html)', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it("contact card: ROSA's number is a working tel: link", async () => {
    const doc = await loadWithoutScripts('contact-card.nb.html');
    const rosa = contactsNb.contacts.find((contact) => contact.id === 'rosa');
    const number = rosa?.phones[0]?.number;
    expect(number, 'ROSA has a number in content/nb/contacts.json').to.be.a('string');
    const card = exampleWidget(doc, 'ROSA');
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="${phoneHref(number!)}"]`);
    expect(link, `a[href="${phoneHref(number!)}"]`).to.not.equal(null);
    expect(link!.textContent).to.include(phoneDisplay(number!));
    expect(isShown(link!), 'the link is shown and can be clicked').to.equal(true);
    expect(deepText(card)).to.include(rosa!.name);
  });

  it("indicator checklist: the guide's indicators are text; its controls are hidden", async () => {
    const doc = await loadWithoutScripts('indicator-checklist.nb.html');
    const text = deepText(doc.body);
    const indicators = listIndicators(getIndicators('nb'));
    expect(indicators.length).to.be.greaterThan(40);
    for (const indicator of indicators) expect(text, indicator.id).to.include(indicator.text.replace(/\s+/g, ' '));
    const checklist = doc.querySelector('mh-indicator-checklist')!;
    const controls = [...checklist.shadowRoot!.querySelectorAll('button, input')];
    expect(controls.length, 'the checklist has controls (hidden until its script runs)').to.be.greaterThan(0);
    for (const control of controls) expect(getComputedStyle(control).display, `<${control.localName}> hidden`).to.equal('none');
  });

  it('quick exit: a link to the exit address instead of a button that needs script', async () => {
    const doc = await loadWithoutScripts('quick-exit.nb.html');
    const exit = exampleWidget(doc, 'Default');
    expect(exit.shadowRoot!.querySelector('button')).to.equal(null);
    const link = exit.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="button"]');
    expect(link?.getAttribute('href')).to.equal('https://www.yr.no');
    expect(isShown(link!)).to.equal(true);
  });

  it('guide: the first part is readable; the links to parts the page cannot open are hidden', async () => {
    const doc = await loadWithoutScripts('guide.nb.html');
    const guide = doc.querySelector('mh-guide')!;
    const nav = guide.shadowRoot!.querySelector('nav')!;
    expect(getComputedStyle(nav).display).to.equal('none');
    const heading = guide.shadowRoot!.querySelector('#part-heading, h2');
    expect(heading && isShown(heading)).to.equal(true);
  });
});
