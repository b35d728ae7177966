/**
 * Design tokens (issue #19), like material-web's token test: every `var(--mh-…)` a widget's
 * stylesheet uses is documented for that widget in custom-elements.json (JSDoc `@cssprop`, the
 * shared ones on MhElement) and listed on the Theming page; every documented one is used.
 * Needs custom-elements.json (`npm run analyze`; `npm test` builds it).
 */
import { expect } from '@open-wc/testing';
import '../index.js';
import manifestJson from '../custom-elements.json';
import { documentedTokens, manifestElements, tokenUses, widgetStyleText, type Manifest } from '../stories/manifest.js';
import { tokenDefault, tokenTable } from '../stories/token-table.js';
import { WIDGETS } from './gates/widgets.js';
import { nth } from './helpers/index.js';

const manifest = manifestJson as unknown as Manifest;

describe('design tokens', () => {
  it('reads the tokens a stylesheet uses, with nested fallbacks', () => {
    const uses = tokenUses('a { color: var(--mh-a, light-dark(#000, #fff)); b: var(--mh-b); c: var(--mh-c, var(--_x, calc(1px * 2))) }');
    expect([...uses.entries()]).to.deep.equal([
      ['--mh-a', 'light-dark(#000, #fff)'],
      ['--mh-b', ''],
      ['--mh-c', 'var(--_x, calc(1px * 2))'],
    ]);
  });

  it('the manifest lists every widget the gates test', () => {
    expect(manifestElements(manifest).map((element) => element.tagName).sort()).to.deep.equal(WIDGETS.map((widget) => widget.tag).sort());
  });

  for (const { tag } of WIDGETS) {
    it(`<${tag}>: every --mh-* used is documented, every documented one is used`, () => {
      const css = widgetStyleText(tag);
      expect(css.length, 'stylesheet text').to.be.greaterThan(0);
      const used = [...tokenUses(css).keys()].sort();
      const element = manifestElements(manifest).find((candidate) => candidate.tagName === tag)!;
      const documented = (element.cssProperties ?? []).map((property) => property.name).filter((name) => name.startsWith('--mh-')).sort();
      expect(used.filter((name) => !documented.includes(name)), 'used but not documented (@cssprop)').to.deep.equal([]);
      expect(documented.filter((name) => !used.includes(name)), 'documented but not used').to.deep.equal([]);
      for (const property of element.cssProperties ?? []) expect(property.description ?? '', `${property.name} description`).to.not.equal('');
    });
  }

  it('the Theming page lists every documented token once, with a default', () => {
    const rows = [...nth(tokenTable().tBodies, 0).rows];
    const names = rows.map((row) => row.dataset.token);
    expect(names).to.deep.equal(documentedTokens(manifest).map((token) => token.name));
    expect(new Set(names).size).to.equal(names.length);
    for (const token of documentedTokens(manifest)) expect(tokenDefault(token), `${token.name} default`).to.not.equal('');
  });

  it('shows the light and dark defaults of the colour tokens', () => {
    const accent = documentedTokens(manifest).find((token) => token.name === '--mh-accent')!;
    expect(tokenDefault(accent)).to.match(/^#[0-9a-f]{6}; dark scheme: #[0-9a-f]{6}$/i);
  });
});
