import { expect } from '@open-wc/testing';
import { define, type VersionedElement } from '../src/define.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './helpers/index.js';

describe('safe define', () => {
  it('registers a new tag and marks it with the library version', () => {
    class First extends HTMLElement {}
    define('mh-test-first', First);
    const registered = customElements.get('mh-test-first') as VersionedElement;
    expect(registered).to.equal(First);
    expect(registered.mhVersion).to.equal(VERSION);
  });

  it('does not throw or warn when the same version registers a tag again', async () => {
    class Again extends HTMLElement {}
    define('mh-test-again', Again);
    const warnings = await captureWarnings(() => define('mh-test-again', class extends HTMLElement {}));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('mh-test-again')).to.equal(Again);
  });

  it('warns once per copy, naming both versions, when another version registered the tags first', async () => {
    class Older extends HTMLElement {
      static mhVersion = '0.0.1';
    }
    class OlderToo extends HTMLElement {
      static mhVersion = '0.0.1';
    }
    customElements.define('mh-test-older', Older);
    customElements.define('mh-test-older-too', OlderToo);
    const warnings = await captureWarnings(() => {
      define('mh-test-older', class extends HTMLElement {});
      define('mh-test-older-too', class extends HTMLElement {});
      define('mh-test-older', class extends HTMLElement {});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('0.0.1').and.include(VERSION);
  });
});
