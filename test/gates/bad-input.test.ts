/**
 * Release gate: bad input. A table of hostile or mistaken inputs; each must give a visible
 * message (or a safe fallback), one console.warn naming the attribute or field, no uncaught
 * exception, no executed payload, and no event-handler attribute or script URL in the shadow DOM.
 */
import { expect, fixture } from '@open-wc/testing';
import { captureWarnings, deepElements, settled, stubQuickExits } from '../helpers/index.js';
import './widgets.js';

type PwnedWindow = Window & { __mhPwned?: number };
const pwnedWindow = window as PwnedWindow;

/** Payloads that would set window.__mhPwned if anything executed them. */
const SCRIPT = '<script>window.__mhPwned=1</script>';
const IMG = '<img src="x" onerror="window.__mhPwned=1">';
const JS_URL = 'javascript:window.__mhPwned=1';
const DATA_URL = 'data:text/html,<script>parent.__mhPwned=1</script>';
const LONG = 'x'.repeat(100_000);

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replaceAll('</', '<\\/')}</script>`;
const host = (entry: Record<string, unknown>) => json([{ id: 'lokal', name: 'Lokal kontakt', ...entry }]);

interface BadInput {
  name: string;
  markup: string;
  /** Text every warning must contain: the attribute or field at fault. null: a safe input, no warning. */
  warns: string | null;
  /** Whether a problem message must be visible (false: a safe fallback without a message). */
  visible?: boolean;
  /** Further checks on the rendered widget. */
  check?: (element: HTMLElement, text: string) => void;
  /** Set properties before the first check. */
  setup?: (element: HTMLElement) => void;
}

const ROWS: BadInput[] = [
  // Unknown ids and enum-like attributes, widget by widget.
  { name: 'contact-card: unknown id', markup: '<mh-contact-card contact="rossa"></mh-contact-card>', warns: 'contact' },
  { name: 'contact-card: no id', markup: '<mh-contact-card></mh-contact-card>', warns: 'contact' },
  { name: 'contact-card: heading-level 9', markup: '<mh-contact-card contact="rosa" heading-level="9"></mh-contact-card>', warns: 'heading-level' },
  { name: 'contact-card: <img onerror> as id', markup: `<mh-contact-card contact="${attr(IMG)}"></mh-contact-card>`, warns: 'contact' },
  { name: 'contact-card: 100 000-character id', markup: `<mh-contact-card contact="${LONG}"></mh-contact-card>`, warns: 'contact' },
  { name: 'contact-list: unknown category', markup: '<mh-contact-list category="private"></mh-contact-list>', warns: 'category' },
  { name: 'contact-list: unknown audience', markup: '<mh-contact-list audience="elderly"></mh-contact-list>', warns: 'audience' },
  { name: 'contact-list: unknown need', markup: '<mh-contact-list need="shelter"></mh-contact-list>', warns: 'need' },
  { name: 'contact-list: unknown id in ids', markup: '<mh-contact-list ids="rosa nope"></mh-contact-list>', warns: 'ids' },
  { name: 'contact-list: heading-level 1', markup: '<mh-contact-list heading-level="1"></mh-contact-list>', warns: 'heading-level' },
  { name: 'contact-list: <script> as need', markup: `<mh-contact-list need="${attr(SCRIPT)}"></mh-contact-list>`, warns: 'need' },
  { name: 'conversation-guide: unknown situation', markup: '<mh-conversation-guide situations="cooking"></mh-conversation-guide>', warns: 'situations' },
  { name: 'conversation-guide: heading-level 8', markup: '<mh-conversation-guide heading-level="8"></mh-conversation-guide>', warns: 'heading-level' },
  { name: 'conversation-guide: javascript: rights-href', markup: `<mh-conversation-guide rights-href="${JS_URL}"></mh-conversation-guide>`, warns: 'rights-href' },
  { name: 'conversation-guide: data: rights-href', markup: `<mh-conversation-guide rights-href="${attr(DATA_URL)}"></mh-conversation-guide>`, warns: 'rights-href' },
  { name: 'guide: parts 0 and 9', markup: '<mh-guide parts="0 9" no-hash></mh-guide>', warns: 'parts' },
  { name: 'guide: heading-level 1', markup: '<mh-guide heading-level="1" no-hash></mh-guide>', warns: 'heading-level' },
  {
    name: 'guide: javascript: exit-href',
    markup: `<mh-guide exit-href="${JS_URL}" no-hash></mh-guide>`,
    warns: 'href',
    check: (element) => {
      const exit = element.shadowRoot!.querySelector('mh-quick-exit') as HTMLElement & { exitHref: string };
      expect(exit.exitHref).to.equal('https://www.yr.no');
    },
  },
  { name: 'guide: data: exit-href', markup: `<mh-guide exit-href="${attr(DATA_URL)}" no-hash></mh-guide>`, warns: 'href' },
  { name: 'indicator-checklist: unknown audience', markup: '<mh-indicator-checklist audience="child"></mh-indicator-checklist>', warns: 'audience' },
  { name: 'indicator-checklist: unknown form', markup: '<mh-indicator-checklist forms="trafficking"></mh-indicator-checklist>', warns: 'forms' },
  { name: 'indicator-checklist: heading-level abc', markup: '<mh-indicator-checklist heading-level="abc"></mh-indicator-checklist>', warns: 'heading-level' },
  { name: 'indicator-checklist: javascript: duty-href', markup: `<mh-indicator-checklist duty-href="${JS_URL}"></mh-indicator-checklist>`, warns: 'duty-href' },
  { name: 'indicator-checklist: data: rights-href', markup: `<mh-indicator-checklist rights-href="${attr(DATA_URL)}"></mh-indicator-checklist>`, warns: 'rights-href' },
  { name: 'indicator-checklist: javascript: contacts-href', markup: `<mh-indicator-checklist contacts-href="${JS_URL}"></mh-indicator-checklist>`, warns: 'contacts-href' },
  {
    name: 'indicator-checklist: unknown ids in selected',
    markup: '<mh-indicator-checklist></mh-indicator-checklist>',
    setup: (element) => {
      (element as HTMLElement & { selected: string[] }).selected = ['no-such-indicator', IMG];
    },
    warns: 'selected',
  },
  { name: 'myths: unknown display', markup: '<mh-myths display="cards"></mh-myths>', warns: 'display' },
  { name: 'myths: heading-level -1', markup: '<mh-myths heading-level="-1"></mh-myths>', warns: 'heading-level' },
  { name: 'myths: 100 000-character display', markup: `<mh-myths display="${LONG}"></mh-myths>`, warns: 'display' },
  {
    name: 'quick-exit: javascript: href',
    markup: `<mh-quick-exit href="${JS_URL}"></mh-quick-exit>`,
    warns: 'href',
    check: (element) => expect((element as HTMLElement & { exitHref: string }).exitHref).to.equal('https://www.yr.no'),
  },
  { name: 'quick-exit: data: href', markup: `<mh-quick-exit href="${attr(DATA_URL)}"></mh-quick-exit>`, warns: 'href' },
  { name: 'quick-exit: protocol-relative href', markup: '<mh-quick-exit href="//evil.example"></mh-quick-exit>', warns: 'href' },
  { name: 'quick-exit: javascript: fallback link', markup: `<mh-quick-exit><a href="${JS_URL}">Forlat</a></mh-quick-exit>`, warns: 'href' },
  { name: 'quick-exit: unknown position', markup: '<mh-quick-exit position="bottom"></mh-quick-exit>', warns: 'position' },
  { name: 'reporting-duty: unknown user-role', markup: '<mh-reporting-duty user-role="teacher"></mh-reporting-duty>', warns: 'user-role' },
  { name: 'reporting-duty: unknown minor', markup: '<mh-reporting-duty minor="maybe"></mh-reporting-duty>', warns: 'minor' },
  { name: 'reporting-duty: unknown acute', markup: '<mh-reporting-duty acute="perhaps"></mh-reporting-duty>', warns: 'acute' },
  { name: 'reporting-duty: heading-level 7', markup: '<mh-reporting-duty heading-level="7"></mh-reporting-duty>', warns: 'heading-level' },
  { name: 'reporting-duty: 100 000-character user-role', markup: `<mh-reporting-duty user-role="${LONG}"></mh-reporting-duty>`, warns: 'user-role' },
  { name: 'rights-list: unknown variant', markup: '<mh-rights-list variant="handout"></mh-rights-list>', warns: 'variant' },
  { name: 'rights-list: unknown audience', markup: '<mh-rights-list audience="kids"></mh-rights-list>', warns: 'audience' },
  { name: 'rights-list: heading-level 0', markup: '<mh-rights-list heading-level="0"></mh-rights-list>', warns: 'heading-level' },
  // Host contacts in <mh-contact-list>'s JSON block.
  { name: 'host contacts: malformed JSON', markup: '<mh-contact-list><script type="application/json">[{"id": "x",]</script></mh-contact-list>', warns: 'JSON' },
  { name: 'host contacts: not a list', markup: `<mh-contact-list>${json({ kontakter: [] })}</mh-contact-list>`, warns: 'contacts' },
  { name: 'host contacts: missing name', markup: `<mh-contact-list>${json([{ id: 'lokal' }])}</mh-contact-list>`, warns: 'name' },
  { name: 'host contacts: id not kebab-case', markup: `<mh-contact-list>${json([{ id: 'Lokal Kontakt!', name: 'X' }])}</mh-contact-list>`, warns: 'id' },
  { name: 'host contacts: id of a guide contact', markup: `<mh-contact-list>${json([{ id: 'rosa', name: 'Falsk ROSA' }])}</mh-contact-list>`, warns: 'id' },
  { name: 'host contacts: misspelt field', markup: `<mh-contact-list>${host({ phone: '12345678' })}</mh-contact-list>`, warns: 'phone' },
  { name: 'host contacts: unknown need', markup: `<mh-contact-list>${host({ needs: ['shelter'] })}</mh-contact-list>`, warns: 'needs' },
  { name: 'host contacts: javascript: web href', markup: `<mh-contact-list>${host({ web: [{ address: 'x.no', href: JS_URL }] })}</mh-contact-list>`, warns: 'web.0.href' },
  { name: 'host contacts: data: web href', markup: `<mh-contact-list>${host({ web: [{ address: 'x.no', href: DATA_URL }] })}</mh-contact-list>`, warns: 'web.0.href' },
  { name: 'host contacts: javascript: as web address', markup: `<mh-contact-list>${host({ web: [{ address: JS_URL }] })}</mh-contact-list>`, warns: 'web.0.address' },
  { name: 'host contacts: javascript: as phone number', markup: `<mh-contact-list>${host({ phones: [{ number: JS_URL }] })}</mh-contact-list>`, warns: 'phones.0.number' },
  { name: 'host contacts: formatted phone number', markup: `<mh-contact-list>${host({ phones: [{ number: '+47 22 33 11 60' }] })}</mh-contact-list>`, warns: 'phones.0.number' },
  { name: 'host contacts: phone label with <img onerror>', markup: `<mh-contact-list>${host({ phones: [{ number: '12345678', label: IMG, hours: { kind: 'weekly', days: [8], opens: '25:00', closes: '08:00' } }] })}</mh-contact-list>`, warns: 'phones.0.hours' },
  { name: 'host contacts: e-mail with markup', markup: `<mh-contact-list>${host({ emails: ['"><img src=x onerror=window.__mhPwned=1>@x.no'] })}</mh-contact-list>`, warns: 'emails.0' },
  // Strings that are valid data: rendered as text, never as markup.
  {
    name: 'host contacts: <script> in name and description (rendered as text)',
    markup: `<mh-contact-list ids="lokal">${host({ name: SCRIPT, description: IMG })}</mh-contact-list>`,
    warns: null,
    visible: false,
    check: (_element, text) => {
      expect(text).to.include(SCRIPT);
      expect(text).to.include(IMG);
    },
  },
  {
    name: 'host contacts: 100 000-character name (rendered, wraps)',
    markup: `<mh-contact-list ids="lokal">${host({ name: LONG })}</mh-contact-list>`,
    warns: null,
    visible: false,
    check: (element, text) => {
      // The whole name, as a heading (first letter capitalised); a boolean keeps a failure short.
      expect(text.includes(`X${LONG.slice(1)}`), 'the whole name is shown').to.equal(true);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    },
  },
];

interface Outcome {
  element: HTMLElement;
  warnings: string[];
  errors: string[];
}

async function render(row: BadInput): Promise<Outcome> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  let element!: HTMLElement;
  const seen: string[] = [];
  const warned = (text: string) => seen.some((message) => message.includes(text));
  const original = console.warn;
  try {
    const warnings = await captureWarnings(async () => {
      const capture = console.warn;
      console.warn = (...args: unknown[]) => {
        seen.push(args.map(String).join(' '));
        capture(...args);
      };
      const wrapper = await fixture<HTMLDivElement>(`<div>${row.markup}</div>`);
      element = wrapper.firstElementChild as HTMLElement;
      stubQuickExits(element);
      row.setup?.(element);
      await settled(element);
      stubQuickExits(element);
      // Host contacts are validated by a module loaded on first use: wait for its verdict.
      for (let tries = 0; tries < 100 && row.warns !== null && !warned(row.warns); tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await settled(element);
      }
      // Give an <img onerror> payload, had one been created, the time to fire.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    return { element, warnings, errors };
  } finally {
    console.warn = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** Elements with event-handler attributes or script URLs anywhere in the composed tree. */
function dangerous(element: HTMLElement): string[] {
  const found: string[] = [];
  for (const node of deepElements(element)) {
    if (node.localName === 'script' && !node.closest('mh-contact-list')) found.push('<script>');
    if (node.localName === 'script' && (node.getAttribute('type') ?? '') !== 'application/json') found.push(`<script type=${node.getAttribute('type')}>`);
    for (const { name, value } of node.attributes) {
      if (/^on/i.test(name)) found.push(`${node.localName}[${name}]`);
      // Custom elements (a nested <mh-quick-exit href>) validate their own attributes; only URL-bearing HTML attributes navigate or load.
      if (!node.localName.includes('-') && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(value)) {
        // The host's own fallback link is light DOM the host wrote; the widget must not use it.
        if ((node.getRootNode() as Node) === document) continue;
        found.push(`${node.localName}[${name}="${value.slice(0, 40)}"]`);
      }
    }
  }
  return found;
}

function visibleProblems(element: HTMLElement): string[] {
  return deepElements(element)
    .filter((node) => node.matches('[part~="problem"]') && node.getClientRects().length > 0)
    .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const shadowText = (element: HTMLElement) =>
  deepElements(element)
    .filter((node) => !node.closest('script') && node.localName !== 'style')
    .map((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join(''))
    .join(' ');

describe('gate: bad input', () => {
  beforeEach(() => {
    delete pwnedWindow.__mhPwned;
  });

  it('has at least 30 cases', () => {
    expect(ROWS.length).to.be.at.least(30);
  });

  for (const row of ROWS) {
    it(row.name, async () => {
      const { element, warnings, errors } = await render(row);
      expect(errors, 'uncaught exceptions').to.deep.equal([]);
      expect(pwnedWindow.__mhPwned, 'payload executed').to.equal(undefined);
      expect(dangerous(element), 'on* attributes or script URLs in the shadow DOM').to.deep.equal([]);
      const text = shadowText(element);
      expect(text.replace(/\s+/g, '').length, 'the widget is not blank').to.be.greaterThan(10);
      if (row.warns === null) {
        expect(warnings, 'no warning for valid data').to.deep.equal([]);
      } else {
        expect(warnings.length, 'one console.warn').to.be.at.least(1);
        expect(
          warnings.some((message) => message.includes(row.warns!)),
          `a warning names "${row.warns}": ${JSON.stringify(warnings.map((message) => message.slice(0, 200)))}`,
        ).to.equal(true);
        // One warning per bad value: re-rendering must not repeat it.
        expect(new Set(warnings).size, 'no repeated warnings').to.equal(warnings.length);
        if (row.visible !== false) expect(visibleProblems(element).length, 'a visible message').to.be.at.least(1);
      }
      row.check?.(element, text);
    });
  }

  it('renders 10 000 host contacts without throwing, every one with its call link', async function () {
    // A check of correctness, not of speed (speed is judged by `npm run bench`, never by a timed
    // test): 4.7 s on an idle 2-core machine (Chromium), up to 31.5 s seen on a loaded one, where
    // a 30 s limit failed a correct run. The limit only ends a hang.
    this.timeout(120_000);
    const contacts = Array.from({ length: 10_000 }, (_, index) => ({
      id: `lokal-${index}`,
      name: `Lokal kontakt ${index}`,
      phones: [{ number: String(10_000_000 + index) }],
      web: [{ address: 'eksempel.no' }],
    }));
    const started = performance.now();
    const { element, errors, warnings } = await render({
      name: '10 000',
      markup: '<mh-contact-list category="international"></mh-contact-list>',
      warns: null,
      setup: (node) => {
        (node as HTMLElement & { contacts: unknown }).contacts = contacts;
      },
    });
    const elapsed = performance.now() - started;
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    const items = element.shadowRoot!.querySelectorAll('[part~="item"]');
    expect(items.length).to.be.at.least(10_000);
    expect(element.shadowRoot!.querySelectorAll('a[href^="tel:+47"]').length, 'a call link per contact').to.be.at.least(10_000);
    expect(element.shadowRoot!.querySelectorAll('a[href="tel:+4710009999"]').length).to.equal(1);
    console.log(`10 000 host contacts rendered in ${Math.round(elapsed)} ms`);
  });
});
