/**
 * Storybook controls (issue #19): every story takes its attribute values from args, with argTypes
 * from custom-elements.json (run `npm run analyze` first; `npm test` builds it). The args → markup
 * step is tested here in both browsers; scripts/check-storybook.js opens one real story URL with
 * `&args=` in the built Storybook.
 */
import { expect, fixture } from '@open-wc/testing';
import './gates/widgets.js';
import { defined, first, settled, stubQuickExits } from './helpers/index.js';
import { argTypesFor, allowedValues, controlFor, renderExample, storyFrom } from '../stories/helpers.js';
import { WIDGETS } from '../src/widgets.js';
import { examples as checklistExamples } from '../components/indicator-checklist/examples.js';

interface Story {
  name: string;
  args: Record<string, unknown>;
  argTypes: Record<string, { options?: string[]; control?: { type?: string } | false }>;
  render: (args: Record<string, unknown>) => DocumentFragment;
}
/** A stories module; its meta's `parameters.tryControl` names the attribute a designer is most likely to try and a value to try (when the story already has it, the test takes another allowed value). */
type StoriesModule = { default: { component: string; parameters?: { tryControl?: [string, string | boolean] } } } & Record<string, unknown>;

/** Every registered widget's stories (components/<name>/<name>.stories.ts; the path is built, so the dev server is asked for the .ts file). */
const MODULES: StoriesModule[] = await Promise.all(WIDGETS.map(async ({ name }) => (await import(`../components/${name}/${name}.stories.ts`)) as StoriesModule));

const storiesOf = (module: StoriesModule) => Object.entries(module).filter(([key]) => key !== 'default').map(([, story]) => story as Story);


/** Renders a story with args into the page, as Storybook would, and waits for the widget. */
async function renderStory(story: Story, tag: string, args: Record<string, unknown>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>('<div lang="nb"></div>');
  const original = console.warn;
  console.warn = () => {};
  try {
    wrapper.append(story.render(args));
    const element = (wrapper.querySelector(tag) ?? wrapper.firstElementChild) as HTMLElement;
    stubQuickExits(element);
    await settled(element);
    stubQuickExits(element);
    return element;
  } finally {
    console.warn = original;
  }
}

/** What a widget shows: its shadow markup, plus the host's position (quick exit's sticky bar is CSS only). */
const rendered = (element: HTMLElement) => `${element.shadowRoot?.innerHTML ?? ''}|${getComputedStyle(element).position}`;

/** One attribute's or property's argType, or a thrown error naming it. */
function argType(types: Story['argTypes'], name: string): Story['argTypes'][string] {
  return defined(types[name], `argType ${name}`);
}

describe('Storybook controls', () => {
  it('derives the allowed values of the attributes from the manifest', () => {
    const checklist = argTypesFor('mh-indicator-checklist') as Story['argTypes'];
    // Values the widget documents, and the union type MhElement declares for color-scheme.
    expect(argType(checklist, 'audience').options).to.include.members(['adult', 'minor']);
    expect(argType(checklist, 'forms').options).to.have.members(['prostitution', 'forced-labour']);
    expect(argType(checklist, 'forms').control).to.deep.equal({ type: 'inline-check' });
    expect(argType(checklist, 'show-arenas').control).to.deep.equal({ type: 'boolean' });
    expect(argType(checklist, 'color-scheme').options).to.include.members(['light', 'dark']);
    expect(argType(checklist, 'heading-level').options).to.include.members(['2', '3', '4', '5', '6']);
    // Properties are documented but not controls: only attributes reach the markup.
    expect(argType(checklist, 'showArenas').control).to.equal(false);
    const duty = argTypesFor('mh-reporting-duty') as Story['argTypes'];
    expect(argType(duty, 'user-role').options).to.include.members(['public', 'public-task', 'ngo', 'private']);
    // "e.g. `rosa`" lists examples, not every contact: free text.
    expect(controlFor({ name: 'contact', type: { text: 'string' }, description: 'Contact id from the guide, e.g. `rosa`, `politiet`.' })).to.deep.equal({ kind: 'text' });
    expect(allowedValues({ name: 'x', type: { text: "'a' | 'b' | null" } })).to.deep.equal(['a', 'b']);
  });

  it('gives every story of every widget its example attributes as args', () => {
    for (const module of MODULES) {
      const tag = module.default.component;
      for (const story of storiesOf(module)) {
        expect(story.argTypes, `${tag} ${story.name}`).to.have.property('lang');
        for (const [name, value] of Object.entries(story.args)) {
          expect(value, `${tag} ${story.name}: ${name}`).to.not.equal(undefined);
        }
      }
    }
    const withForms = checklistExamples.find((example) => /forms="/.test(example.markup))!;
    const preset = storyFrom(checklistExamples, withForms.name);
    expect(preset.args.forms).to.deep.equal(defined(/forms="([^"]*)"/.exec(withForms.markup)?.[1], 'forms attribute').split(/\s+/));
  });

  for (const module of MODULES) {
    const tag = module.default.component;
    it(`<${tag}>: a non-default arg changes the rendered widget`, async () => {
      const story = first(storiesOf(module), `${tag} stories`);
      const [name, wanted] = defined(module.default.parameters?.tryControl, `parameters.tryControl in the stories of ${tag}`);
      const type = argType(story.argTypes, name);
      const current = story.args[name];
      const control = (type.control as { type?: string }).type;
      let value: unknown;
      if (control === 'boolean') value = !current;
      else if (control === 'inline-check') value = [wanted];
      else {
        expect(type.options, `${name} options`).to.include(wanted);
        value = current === wanted ? type.options!.find((option) => option !== '' && option !== current) : wanted;
      }
      expect(value, `${name}: a value other than ${String(current)}`).to.not.deep.equal(current);

      const before = await renderStory(story, tag, story.args);
      const baseline = rendered(before);
      const after = await renderStory(story, tag, { ...story.args, [name]: value });
      const attribute = Array.isArray(value) ? value.join(' ') : typeof value === 'boolean' ? (value ? '' : null) : value;
      expect(after.getAttribute(name), name).to.equal(attribute);
      expect(rendered(after) !== baseline, `${tag} with ${name}=${String(value)} renders differently`).to.equal(true);
      await expect(after).to.be.accessible();
    });
  }

  it('unsetting an arg removes the attribute (the widget default), a boolean toggles it', async () => {
    const example = first(checklistExamples, 'checklist examples');
    const element = (renderExample(example, 'mh-indicator-checklist', { audience: '', 'show-arenas': true }).firstElementChild) as HTMLElement;
    expect(element.hasAttribute('audience')).to.equal(false);
    expect(element.hasAttribute('show-arenas')).to.equal(true);
    const off = renderExample(example, 'mh-indicator-checklist', { 'show-arenas': false }).firstElementChild as HTMLElement;
    expect(off.hasAttribute('show-arenas')).to.equal(false);
  });
});
