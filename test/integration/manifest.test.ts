import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
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
    expect([...elements.keys()].sort()).to.deep.equal(
      [
        'mh-contact-card',
        'mh-contact-list',
        'mh-conversation-guide',
        'mh-guide',
        'mh-indicator-checklist',
        'mh-myths',
        'mh-quick-exit',
        'mh-reporting-duty',
        'mh-rights-list',
      ].sort(),
    );
  });

  it('documents the attributes and events hosts use', () => {
    const attributes = (tag: string) => elements.get(tag)!.attributes!.map((attribute) => attribute.name);
    expect(attributes('mh-contact-card')).to.include.members(['contact', 'compact', 'heading-level', 'lang']);
    expect(attributes('mh-indicator-checklist')).to.include.members(['audience', 'forms', 'duty-href', 'rights-href', 'contacts-href']);
    expect(attributes('mh-reporting-duty')).to.include.members(['user-role', 'minor', 'acute']);
    expect(elements.get('mh-contact-card')!.events!.map((event) => event.name)).to.include('mh-contact-call');
  });
});
