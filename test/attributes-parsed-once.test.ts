/**
 * Attributes are parsed once (issue #20): a widget checks an attribute in `willUpdate` when it
 * changes, warns once per bad value, and `render()` only shows what was parsed. For each
 * restricted attribute: a bad value gives one console.warn naming it and a visible notice; renders
 * that change nothing about it (a `lang` change, `requestUpdate()`, another property or a click)
 * keep the notice, log nothing and never reach the check; a good value takes the notice away.
 * "Reached the check" is counted at `warnOnce`, which every report of a bad value goes through
 * (`noteAttributeProblem` keys it `attribute:value`; the contact card's unknown id `contact:id`),
 * and which the old render-time checks called on every render.
 */
import { expect, fixture } from '@open-wc/testing';
import '../index.js';
import { MhElement } from '../src/base-element.js';
import { strings as problemStrings } from '../src/problems/strings.js';
import { strings as contactStrings } from '../src/contact/strings.js';
import { whenLocaleLoaded } from '../src/i18n.js';
import { NEEDS } from '../src/content/contacts.js';
import { SITUATIONS } from '../src/content/conversation.js';
import { FORMS } from '../src/content/indicators.js';
import { CHECKLIST_AUDIENCES } from '../components/indicator-checklist/indicator-checklist.js';
import { DEFAULT_EXIT_HREF } from '../components/quick-exit/quick-exit.js';
import { ACUTE_ANSWERS, MINOR_ANSWERS, ROLES } from '../components/reporting-duty/logic.js';
import { RIGHTS_AUDIENCES, RIGHTS_VARIANTS } from '../components/rights-list/rights-list.js';
import { MYTHS_DISPLAYS } from '../components/myths/myths.js';
import { captureWarnings, collapse } from './helpers/index.js';

type Widget = HTMLElement & { lang: string; localeReady: Promise<boolean>; updateComplete: Promise<boolean>; requestUpdate(): void; render(): unknown };

const HEADING_LEVELS = ['2', '3', '4', '5', '6'];

interface Case {
  tag: string;
  /** What the widget needs besides the attribute under test. */
  base?: string;
  attribute: string;
  /** The property behind the attribute. */
  property: string;
  bad: string;
  good: string;
  kind: 'invalid' | 'unknown' | 'link';
  /** The value the notice quotes (for `unknown`, the tokens left out); default `bad`. */
  shown?: string;
  valid?: readonly string[];
  fallback?: string;
  /** The notice, when the widget words it itself (not the shared problem sentence). */
  notice?: (lang: string) => string;
  /** A change that re-renders the widget without touching the attribute under test. */
  touch: (element: Widget) => void;
}

const set = (name: string, value: unknown) => (element: Widget) => Reflect.set(element, name, value);
const click = (selector: string) => (element: Widget) => element.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
const heading = (tag: string, bad: string, fallback: string, touch: Case['touch'], base?: string): Case => ({
  tag,
  base,
  attribute: 'heading-level',
  property: 'headingLevel',
  bad,
  good: fallback === '3' ? '4' : '3',
  kind: 'invalid',
  valid: HEADING_LEVELS,
  fallback,
  touch,
});

const CASES: Case[] = [
  // The six widgets moved over in #20.
  heading('mh-contact-card', '9', '3', set('now', new Date('2026-03-02T10:00:00+01:00')), 'contact="rosa"'),
  {
    tag: 'mh-contact-card',
    attribute: 'contact',
    property: 'contact',
    bad: 'nobody',
    good: 'politiet',
    kind: 'invalid',
    notice: (lang) => contactStrings(lang).notFound('nobody'),
    touch: set('now', new Date('2026-03-02T10:00:00+01:00')),
  },
  heading('mh-conversation-guide', '1', '2', click('input[name="situation"]')),
  {
    tag: 'mh-conversation-guide',
    attribute: 'situations',
    property: 'situations',
    bad: 'work dancing',
    good: 'work',
    kind: 'unknown',
    shown: 'dancing',
    valid: SITUATIONS,
    touch: click('input[name="situation"][value="health"]'),
  },
  { tag: 'mh-conversation-guide', attribute: 'rights-href', property: 'rightsHref', bad: 'javascript:alert(1)', good: '/rettigheter', kind: 'link', touch: click('input[name="situation"]') },
  heading('mh-indicator-checklist', 'x', '2', set('expanded', true)),
  { tag: 'mh-indicator-checklist', attribute: 'audience', property: 'audience', bad: 'child', good: 'adult', kind: 'invalid', valid: CHECKLIST_AUDIENCES, touch: set('expanded', true) },
  {
    tag: 'mh-indicator-checklist',
    attribute: 'forms',
    property: 'forms',
    bad: 'prostitution begging',
    good: 'prostitution',
    kind: 'unknown',
    shown: 'begging',
    valid: FORMS,
    touch: set('showArenas', true),
  },
  { tag: 'mh-indicator-checklist', attribute: 'contacts-href', property: 'contactsHref', bad: 'http://example.org/hjelp', good: '/hjelp', kind: 'link', touch: set('expanded', true) },
  { tag: 'mh-quick-exit', attribute: 'href', property: 'href', bad: 'http://www.yr.no', good: '/', kind: 'link', fallback: DEFAULT_EXIT_HREF, touch: set('showHelp', true) },
  { tag: 'mh-quick-exit', attribute: 'position', property: 'position', bad: 'bottom', good: 'sticky-top', kind: 'invalid', valid: ['sticky-top'], touch: set('showHelp', true) },
  heading('mh-reporting-duty', '7', '2', click('input[name="role"][value="ngo"]')),
  { tag: 'mh-reporting-duty', attribute: 'user-role', property: 'userRole', bad: 'teacher', good: 'public', kind: 'invalid', valid: ROLES, touch: click('input[name="acute"][value="no"]') },
  { tag: 'mh-reporting-duty', attribute: 'minor', property: 'minor', bad: 'maybe', good: 'no', kind: 'invalid', valid: MINOR_ANSWERS, touch: click('input[name="role"][value="ngo"]') },
  { tag: 'mh-reporting-duty', attribute: 'acute', property: 'acute', bad: 'perhaps', good: 'yes', kind: 'invalid', valid: ACUTE_ANSWERS, touch: click('input[name="role"][value="ngo"]') },
  heading('mh-rights-list', '0', '2', set('audience', 'adult')),
  { tag: 'mh-rights-list', attribute: 'variant', property: 'variant', bad: 'child', good: 'person', kind: 'invalid', valid: RIGHTS_VARIANTS, fallback: 'professional', touch: set('audience', 'adult') },
  { tag: 'mh-rights-list', attribute: 'audience', property: 'audience', bad: 'kids', good: 'minor', kind: 'invalid', valid: RIGHTS_AUDIENCES, touch: set('headingLevel', '3') },
  // Widgets that already parsed this way: the same contract.
  { tag: 'mh-myths', attribute: 'display', property: 'display', bad: 'grid', good: 'reveal', kind: 'invalid', valid: MYTHS_DISPLAYS, fallback: 'list', touch: set('headingLevel', '3') },
  {
    tag: 'mh-contact-list',
    base: 'searchable',
    attribute: 'need',
    property: 'need',
    bad: 'shelter',
    good: 'housing',
    kind: 'unknown',
    valid: NEEDS,
    // A search keystroke: re-renders the list, never re-checks its attributes.
    touch: (element) => {
      const search = element.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
      search.value = 'ro';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
  },
];

/** The notice for a case's bad value in `lang`, from the shared wording (src/problems/strings.ts). */
function expectedNotice(testCase: Case, lang: string): string {
  if (testCase.notice) return testCase.notice(lang);
  const t = problemStrings(lang);
  const shown = testCase.shown ?? testCase.bad;
  const text = testCase.kind === 'link' ? t.link(testCase.attribute, shown) : t[testCase.kind](testCase.attribute, shown, (testCase.valid ?? []).join(', '));
  const after = testCase.fallback !== undefined ? t.using(testCase.fallback) : testCase.kind === 'link' ? t.leftOut : '';
  return after ? `${text} ${after}` : text;
}

/** The widget's own notices. */
function notices(element: HTMLElement): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="problem"]')].map((node) => collapse(node.textContent));
}

/** Reports of a bad value per element: the keys `warnOnce` was called with. */
const reports = new Map<HTMLElement, string[]>();
type WarnOnce = (this: HTMLElement, key: string, message: string) => void;
const prototype = MhElement.prototype as unknown as { warnOnce: WarnOnce };
const originalWarnOnce = prototype.warnOnce;

function checksOf(element: HTMLElement, attribute: string): number {
  return (reports.get(element) ?? []).filter((key) => key.startsWith(`${attribute}:`)).length;
}

describe('attributes are parsed once: one warning, the notice in every render, no check in render', () => {
  before(async () => {
    await whenLocaleLoaded('en');
    prototype.warnOnce = function (this: HTMLElement, key: string, message: string) {
      reports.set(this, [...(reports.get(this) ?? []), key]);
      originalWarnOnce.call(this, key, message);
    };
  });

  after(() => {
    prototype.warnOnce = originalWarnOnce;
  });

  for (const testCase of CASES) {
    const { tag, base = '', attribute, property, bad, good } = testCase;
    it(`<${tag} ${attribute}="${bad}">`, async () => {
      let element!: Widget;
      let renders = 0;
      const rendersNow = async (label: string, change: () => unknown) => {
        const before = renders;
        await change();
        await element.updateComplete;
        expect(renders, `${label} re-rendered`).to.be.above(before);
      };
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLDivElement>(`<div lang="nb"><${tag} ${base} ${attribute}="${bad}"></${tag}></div>`);
        element = wrapper.firstElementChild as Widget;
        (element as unknown as { navigate?: unknown }).navigate = () => {};
        await element.updateComplete;
        expect(notices(element), 'first render').to.deep.equal([expectedNotice(testCase, 'nb')]);
        expect(checksOf(element, attribute), 'checked once').to.equal(1);

        // Count renders from here, to show each step below did re-render.
        const ownRender = element.render;
        element.render = function (this: Widget) {
          renders += 1;
          return ownRender.call(this);
        };

        await rendersNow('lang="en"', async () => {
          element.lang = 'en';
          await element.localeReady;
        });
        expect(notices(element), 'in en').to.deep.equal([expectedNotice(testCase, 'en')]);
        await rendersNow('requestUpdate()', () => element.requestUpdate());
        expect(notices(element), 'after requestUpdate()').to.deep.equal([expectedNotice(testCase, 'en')]);
        await rendersNow('another property or a click', () => testCase.touch(element));
        expect(notices(element), 'after another change').to.deep.equal([expectedNotice(testCase, 'en')]);
        expect(checksOf(element, attribute), 'no check in a render that did not change the attribute').to.equal(1);

        await rendersNow(`${attribute}="${good}"`, () => Reflect.set(element, property, good));
        expect(notices(element), 'a good value').to.deep.equal([]);
      });
      expect(warnings, 'one warning in all').to.have.length(1);
      expect(warnings[0]).to.include(`<${tag}>`).and.include(attribute).and.include(testCase.shown ?? bad);
    });
  }
});
