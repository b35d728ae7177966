/**
 * A host language (registerLocale('uk', …)) on every widget: each widget's first example inside
 * `<div lang="uk">` renders without an exception, shows content, and keeps the phone links the
 * nb rendering has (same number, same accessible name: a host language's missing strings are nb's).
 */
import { expect } from '@open-wc/testing';
import { WIDGETS } from '../gates/widgets.js';
import { WIDGETS as REGISTERED } from '../../src/widgets.js';
import { registerLocale, whenLocaleLoaded } from '../../src/i18n.js';
import { renderedText, tablesOf } from './tables.js';
import { deepElements, renderGateExample } from '../helpers/index.js';

const UK_LIST_LABEL = 'Міфи та факти';

interface PhoneLink {
  href: string;
  label: string | null;
  text: string;
}

function phoneLinks(element: Element): PhoneLink[] {
  return deepElements(element)
    .filter((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.protocol === 'tel:')
    .map((link) => ({ href: link.getAttribute('href') ?? '', label: link.getAttribute('aria-label'), text: link.textContent?.trim() ?? '' }));
}

/** Renders `markup`, collecting uncaught errors and rejected promises while it does. */
async function renderCatching(run: () => Promise<HTMLElement>): Promise<{ element: HTMLElement; errors: string[] }> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const original = console.info;
  console.info = () => {};
  try {
    const element = await run();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { element, errors };
  } finally {
    console.info = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

describe('a host language on every widget', () => {
  before(async () => {
    await registerLocale('uk', { ui: { myths: { listLabel: UK_LIST_LABEL } } });
    await whenLocaleLoaded('uk');
  });

  it('covers every widget of the registry', () => {
    expect(WIDGETS.map((widget) => widget.tag)).to.have.members(REGISTERED.map((widget) => widget.tag));
  });

  for (const { tag, examples } of WIDGETS) {
    const example = examples[0];
    if (!example) throw new Error(`${tag} has no example`);
    it(`${tag} (“${example.name}”) renders inside <div lang="uk"> with its phone links`, async () => {
      const nb = await renderGateExample(example, 'nb');
      const nbLinks = phoneLinks(nb);
      const nbText = renderedText(nb.shadowRoot!);
      nb.parentElement!.remove();

      const { element, errors } = await renderCatching(() => renderGateExample(example, 'uk'));
      expect(errors, 'uncaught errors').to.deep.equal([]);
      const text = renderedText(element.shadowRoot!);
      expect(text.trim(), 'visible text').not.to.equal('');
      const box = element.getBoundingClientRect();
      expect(box.height, 'rendered height').to.be.greaterThan(0);
      expect(box.width, 'rendered width').to.be.greaterThan(0);
      // A host language's untranslated text is nb's: the nb rendering's first words are there.
      const opening = nbText.trim().split(/\s+/).slice(0, 4).join(' ');
      expect(text.includes(opening), `starts like nb: "${opening}"`).to.equal(true);
      if (tag === 'mh-myths') expect(text.includes(UK_LIST_LABEL), 'the host string').to.equal(true);
      // Phone links: the nb rendering's numbers, with nb's accessible name.
      expect(phoneLinks(element)).to.deep.equal(nbLinks);
      for (const link of phoneLinks(element)) expect(link.label, link.href).to.be.a('string').and.not.equal('');
      await expect(element).to.be.accessible();
    });
  }

  it('shows phone links in the widgets that show numbers', async () => {
    // ROSA's number in the guide, on the contact card's first example.
    const card = WIDGETS.find((widget) => widget.tag === 'mh-contact-card')!.examples[0]!;
    const element = await renderGateExample(card, 'uk');
    expect(phoneLinks(element).length).to.be.greaterThan(0);
    expect(tablesOf('myths').nb.listLabel).not.to.equal(UK_LIST_LABEL);
  });
});
