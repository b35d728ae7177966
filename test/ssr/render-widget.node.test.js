// renderWidget in Node (issue #18), run by `npm run test:ssr` (part of `npm test`) after the
// build. Every widget in nb, nn and en; attributes, errors and `now`.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { test } from 'node:test';
import { LANGUAGES } from '../../scripts/registry.js';

const { renderWidget, WIDGET_TAGS } = await import('../../dist/ssr.js');
const widgets = readdirSync('components').filter((name) => existsSync(`components/${name}/define.ts`));
const contacts = JSON.parse(readFileSync('content/nb/contacts.json', 'utf8')).contacts;
const footerNb = JSON.parse(readFileSync('content/nb/meta.json', 'utf8'));

/** Text outside markup, styles and comments, white space collapsed. */
const textOf = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

test('every widget is a template of renderWidget', () => {
  assert.deepEqual([...WIDGET_TAGS].sort(), widgets.map((name) => `mh-${name}`).sort());
});

for (const name of widgets) {
  for (const lang of LANGUAGES) {
    test(`<mh-${name}> renders in ${lang} as declarative shadow DOM`, async () => {
      const warnings = [];
      const warn = console.warn;
      console.warn = (...args) => warnings.push(args.join(' '));
      let html;
      try {
        html = await renderWidget(`mh-${name}`, { lang, attributes: name === 'contact-card' ? { contact: 'rosa' } : {} });
      } finally {
        console.warn = warn;
      }
      assert.deepEqual(warnings, []);
      assert.match(html, new RegExp(`^<mh-${name}[^>]* lang="${lang}"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`));
      assert.ok(html.endsWith(`</template></mh-${name}>`), 'one element, closed');
      assert.ok(textOf(html).length > 10, 'has text');
      // The source footer names the guide by its (nb) title in every language.
      if (name !== 'quick-exit') assert.ok(html.includes(footerNb.title), 'source footer');
    });
  }
}

test("ROSA's number is a tel: link in the prerendered card", async () => {
  const rosa = contacts.find((contact) => contact.id === 'rosa');
  const html = await renderWidget('mh-contact-card', { attributes: { contact: 'rosa' } });
  assert.ok(html.includes(`href="tel:+47${rosa.phones[0].number}"`));
});

test('attributes: values escaped, true empty, false left out; lang from attributes wins', async () => {
  const html = await renderWidget('mh-contact-list', { attributes: { need: 'acute', searchable: true, compact: false, lang: 'en-GB' }, lang: 'nn' });
  assert.match(html, /^<mh-contact-list need="acute" searchable lang="en-GB">/);
  const hostile = await renderWidget('mh-quick-exit', { attributes: { href: '"><script>alert(1)</script>' } });
  assert.ok(!hostile.includes('<script>'), 'no markup from a value');
});

test('errors: unknown tag and invalid attribute name reject with TypeError', async () => {
  await assert.rejects(renderWidget('mh-unknown'), TypeError);
  await assert.rejects(renderWidget('div'), TypeError);
  await assert.rejects(renderWidget('mh-myths', { attributes: { 'x onclick': '1' } }), TypeError);
  await assert.rejects(renderWidget('mh-myths', { now: new Date('nonsense') }), TypeError);
});

test('open-now badges: left out without now, rendered at now and recorded as data-mh-now', async () => {
  // UDI's line has weekday hours (content/nb/contacts.json); 2025-06-11 is a Wednesday, 10:00 UTC is 12:00 in Oslo.
  const badges = (html) => [...html.replace(/<style>[\s\S]*?<\/style>/g, '').matchAll(/class="badge badge--(\w+)"/g)].map((match) => match[1]);
  const without = await renderWidget('mh-contact-card', { attributes: { contact: 'udi' } });
  assert.deepEqual(badges(without).filter((state) => state !== 'always'), []);
  assert.ok(!without.includes('data-mh-now'));
  const at = new Date('2025-06-11T10:00:00Z');
  const withNow = await renderWidget('mh-contact-card', { attributes: { contact: 'udi' }, now: at });
  assert.ok(withNow.includes(`data-mh-now="${at.toISOString()}"`));
  assert.ok(badges(withNow).includes('open'), `badges at noon on a Wednesday: ${badges(withNow)}`);
});
