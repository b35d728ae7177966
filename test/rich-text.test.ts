/**
 * Rich-text editors (classic WordPress content runs `wpautop`) wrap what an editor pastes: a `<p>`
 * around the widget, `<br />` for each line break inside it, empty `<p></p>` where there were blank
 * lines, white-space text between children. Every widget must look the same with that markup as
 * without: the same box and the same visible text. One example per widget, from the registry.
 */
import { expect, fixture } from '@open-wc/testing';
import { WIDGETS, deepElements, settled, stubQuickExits } from './gates/widgets.js';
import type { WidgetExample } from '../src/examples.js';
import type { MhContactList } from '../components/contact-list/contact-list.js';
import { captureWarnings } from './helpers.js';

const WIDTH = 720;

/** The example to wrap: the first one whose markup has content inside the tag (a fallback link, a JSON block), else the first. */
function pick(examples: WidgetExample[]): WidgetExample {
  return examples.find((example) => /^<([\w-]+)[^>]*>\s*<[^/]/.test(example.markup)) ?? examples[0]!;
}

/** The parts of `markup`: opening tag, inner children as separate strings, closing tag. */
function split(markup: string): { open: string; children: string[]; close: string } {
  const open = /^<[\w-]+[^>]*>/.exec(markup)![0];
  const close = /<\/[\w-]+>$/.exec(markup)![0];
  const inner = markup.slice(open.length, markup.length - close.length);
  const template = document.createElement('template');
  template.innerHTML = inner;
  const children = [...template.content.childNodes].map((node) => (node instanceof Element ? node.outerHTML : (node.textContent ?? ''))).filter((part) => part.trim());
  return { open, children, close };
}

/** As `wpautop` prints a widget pasted on its own lines: `<p>` around, `<br />` after each line inside. */
function wpautop(markup: string): string {
  const { open, children, close } = split(markup);
  return `<p>${open}<br />\n${children.map((child) => `${child}<br />\n`).join('')}${close}</p>\n`;
}

/** What other editors leave: empty paragraphs and line breaks between the children, white space around. */
function emptyParagraphs(markup: string): string {
  const { open, children, close } = split(markup);
  return `${open}\n<p></p>\n<br>\n${children.map((child) => `${child}\n<p></p>\n`).join('')}<br>\n${close}`;
}

/** The text a reader sees: text nodes under rendered elements, in the widget's shadow tree and nested widgets. */
function visibleText(element: Element): string {
  const parts: string[] = [];
  const visit = (root: Node) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
        // A light-DOM child of an element with a shadow root and no slot is not rendered.
        if (parent && !(node.parentElement?.shadowRoot) && parent.getClientRects().length && getComputedStyle(parent).visibility !== 'hidden') parts.push(node.textContent ?? '');
      } else if (node instanceof Element) {
        if (node.shadowRoot) visit(node.shadowRoot);
        if (node.getClientRects().length || node.localName === 'details') visit(node);
      }
    }
  };
  if (element.shadowRoot) visit(element.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

interface Measure {
  width: number;
  height: number;
  text: string;
}

async function measure(markup: string, tag: string, setup?: WidgetExample['setup']): Promise<Measure> {
  let measured!: Measure;
  await captureWarnings(async () => {
    const wrapper = await fixture<HTMLDivElement>(`<div style="width: ${WIDTH}px">${markup}</div>`);
    const element = wrapper.querySelector(tag) as HTMLElement;
    stubQuickExits(wrapper);
    if (setup) await setup(element);
    await (element as Partial<MhContactList>).hostContactsReady;
    await settled(element);
    const box = element.getBoundingClientRect();
    measured = { width: Math.round(box.width), height: Math.round(box.height), text: visibleText(element) };
    // Nothing an editor's markup adds inside the tag is rendered.
    for (const node of element.querySelectorAll(':scope > p, :scope > br')) expect(node.getClientRects().length, `${tag}: a <${node.localName}> inside is rendered`).to.equal(0);
    expect(deepElements(element).length).to.be.above(0);
    wrapper.remove();
  });
  return measured;
}

describe('widgets inside rich-text markup (wpautop)', () => {
  for (const { tag, examples } of WIDGETS) {
    const example = pick(examples);
    it(`${tag} (${example.name}): a <p> around and <br> inside change nothing visible`, async () => {
      const plain = await measure(example.markup, tag, example.setup);
      expect(plain.text, 'the widget shows text').to.not.equal('');
      for (const [label, markup] of [
        ['wpautop', wpautop(example.markup)],
        ['empty paragraphs', emptyParagraphs(example.markup)],
      ] as const) {
        const wrapped = await measure(markup, tag, example.setup);
        expect(wrapped.text, `${label}: visible text`).to.equal(plain.text);
        expect(wrapped.width, `${label}: width`).to.equal(plain.width);
        expect(Math.abs(wrapped.height - plain.height), `${label}: height ${wrapped.height} vs ${plain.height}`).to.be.at.most(1);
      }
    });
  }

  it('recovers a JSON block a blank line split with </p><p> (classic WordPress), and says so once', async () => {
    const contacts = [
      { id: 'barnevernvakt-eksempel', name: 'Barnevernvakten i Eksempel kommune' },
      { id: 'legevakt-eksempel', name: 'Legevakten i Eksempel kommune' },
    ];
    // What wpautop makes of a block with a blank line between two entries: the script's text is
    // raw, so the tags stay in it.
    const json = `[${JSON.stringify(contacts[0])},</p>\n<p>${JSON.stringify(contacts[1])}]`;
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(`<div><p><mh-contact-list><br />\n<script type="application/json">${json}</script><br />\n</mh-contact-list></p></div>`);
      element = wrapper.querySelector('mh-contact-list') as MhContactList;
      await element.hostContactsReady;
    });
    const local = [...element.shadowRoot!.querySelectorAll('section[aria-labelledby="group-local"] [part~="name"]')].map((node) => node.textContent?.trim());
    expect(local).to.deep.equal(contacts.map((contact) => contact.name));
    expect(element.shadowRoot!.querySelector('[part~="problem"]')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('</p><p>');
    await expect(element).to.be.accessible();
  });

  it('finds a JSON block a blank line moved into the next paragraph (the element closed by </p>), and says so once', async () => {
    const contacts = [{ id: 'barnevernvakt-eksempel', name: 'Barnevernvakten i Eksempel kommune' }];
    // wpautop of "<mh-contact-list>", a blank line, the block, a blank line, "</mh-contact-list>".
    const markup = `<p><mh-contact-list><br />\n</p>\n<p><script type="application/json">${JSON.stringify(contacts)}</script></p>\n<p></mh-contact-list></p>`;
    let element!: MhContactList;
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
      element = wrapper.querySelector('mh-contact-list') as MhContactList;
      // The parser really closed the element before the block.
      expect(element.querySelector('script')).to.equal(null);
      await element.hostContactsReady;
    });
    const local = [...element.shadowRoot!.querySelectorAll('section[aria-labelledby="group-local"] [part~="name"]')].map((node) => node.textContent?.trim());
    expect(local).to.deep.equal(contacts.map((contact) => contact.name));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('paragraph after the element');
    await expect(element).to.be.accessible();
  });

  it('does not take a JSON block that is not in that shape (text between, another type, not a paragraph)', async () => {
    for (const markup of [
      `<p><mh-contact-list></mh-contact-list> Tekst.</p><p><script type="application/json">[{"id":"a-b","name":"Ikke min"}]</script></p>`,
      `<p><mh-contact-list></mh-contact-list></p><p><script type="application/ld+json">[{"id":"a-b","name":"Ikke min"}]</script></p>`,
      `<p><mh-contact-list></mh-contact-list></p><div><script type="application/json">[{"id":"a-b","name":"Ikke min"}]</script></div>`,
    ]) {
      const wrapper = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
      const element = wrapper.querySelector('mh-contact-list') as MhContactList;
      await element.hostContactsReady;
      expect(element.shadowRoot!.querySelector('section[aria-labelledby="group-local"]') === null, markup).to.equal(true);
    }
  });

  it('keeps a <p> inside a JSON string value as text, and still reports JSON that tags do not explain', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        `<div><mh-contact-list><script type="application/json">[{"id":"a-b","name":"Navn med <p> i"},</p>\n<p>{"id": }]</script></mh-contact-list></div>`,
      );
      const element = wrapper.querySelector('mh-contact-list') as MhContactList;
      await element.hostContactsReady;
      expect(element.shadowRoot!.querySelector('section[aria-labelledby="group-local"]')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[part~="problem"]')).to.not.equal(null);
    });
    expect(warnings.join('\n')).to.include('JSON');
  });
});
