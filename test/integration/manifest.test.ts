import { expect } from '@open-wc/testing';
import { WIDGETS } from '../../src/widgets.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; default?: string }[];
  events?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string; default?: string }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** custom-elements.json is built by `npm run build` (npm test builds first). */
describe('custom-elements.json', () => {
  let elements: Map<string, Declaration>;
  before(async () => {
    const url = '/custom-elements.json';
    const manifest = ((await import(/* @vite-ignore */ url)) as { default: Manifest }).default;
    elements = new Map(
      manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]),
    );
  });

  it('lists every widget registered by the bundle', () => {
    expect([...elements.keys()].sort()).to.deep.equal(WIDGETS.map((widget) => widget.tag).sort());
  });

  it('documents the attributes and events hosts use', () => {
    const attributes = (tag: string) => elements.get(tag)!.attributes!.map((attribute) => attribute.name);
    expect(attributes('mh-contact-card')).to.include.members(['contact', 'compact', 'heading-level', 'lang']);
    expect(attributes('mh-indicator-checklist')).to.include.members(['audience', 'forms', 'duty-href', 'rights-href', 'contacts-href']);
    expect(attributes('mh-reporting-duty')).to.include.members(['user-role', 'minor', 'acute']);
    expect(elements.get('mh-contact-card')!.events!.map((event) => event.name)).to.include('mh-contact-call');
  });

  it('documents only the public API: no private, protected or _/# members', () => {
    for (const [tag, element] of elements) {
      const internal = (element.members ?? []).filter(
        (member) => member.privacy === 'private' || member.privacy === 'protected' || /^[_#]/.test(member.name),
      );
      expect(internal.map((member) => member.name), tag).to.deep.equal([]);
    }
    const members = (tag: string) => elements.get(tag)!.members!.map((member) => member.name);
    for (const name of ['warnedKeys', 'ticker', 'warnOnce']) expect(members('mh-contact-card')).to.not.include(name);
    for (const name of ['onKeyDown', 'presses']) expect(members('mh-quick-exit')).to.not.include(name);
    expect(members('mh-contact-card')).to.include.members(['headingLevel', 'now', 'localeReady', 'resetState']);
    expect(members('mh-indicator-checklist')).to.include('selected');
    expect(members('mh-guide')).to.include('open');
  });

  it('shows resolved defaults, not constant names', () => {
    for (const tag of ['mh-contact-card', 'mh-contact-list']) {
      const attribute = elements.get(tag)!.attributes!.find((candidate) => candidate.name === 'heading-level')!;
      expect(attribute.default, tag).to.match(/^'?[2-6]'?$/);
    }
  });
});
