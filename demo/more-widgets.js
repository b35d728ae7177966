// The part of the demo page nobody writes by hand: every widget of custom-elements.json (one per
// registry entry, src/widgets.json) that the page above does not already show gets a section of
// its own here, with its tag and a link to the snippet builder for its settings (its first use shows its defaults). So a new widget
// is on the demo page without an edit; the sections above stay hand-composed, because they link
// the widgets to each other (duty-href="#plikt" …), which a generated list could not.
// Elements only, never HTML from strings: the page requires Trusted Types.
import { WIDGETS as NAMES } from './builder/strings.js';

async function manifestTags() {
  const response = await fetch(new URL('../custom-elements.json', import.meta.url));
  if (!response.ok) throw new Error(`custom-elements.json: ${response.status}`);
  const manifest = await response.json();
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({ tag: declaration.tagName, summary: declaration.summary ?? '' }));
}

function element(name, properties = {}, children = []) {
  const node = document.createElement(name);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

async function showTheRest() {
  const main = document.querySelector('main');
  const nav = document.querySelector('header nav ul');
  if (!main) return;
  let widgets;
  try {
    widgets = await manifestTags();
  } catch (error) {
    console.warn(`Demo: widgets not placed on this page are not shown (${error.message}); run \`npm run build\` first.`);
    return;
  }
  for (const { tag, summary } of widgets.filter((widget) => !document.querySelector(widget.tag))) {
    const id = tag.replace(/^mh-/, '');
    const name = NAMES[tag]?.nb ?? tag;
    const widget = document.createElement(tag);
    widget.setAttribute('heading-level', '3');
    main.append(
      element('section', { id }, [
        element('h2', { textContent: name }),
        element('p', { textContent: summary, lang: 'en' }),
        element('pre', {}, [element('code', { textContent: `<${tag} heading-level="3"></${tag}>` })]),
        widget,
        element('p', {}, [element('a', { href: './builder/', textContent: 'Still den inn i «Lag widget»' })]),
      ]),
    );
    nav?.append(element('li', {}, [element('a', { href: `#${id}`, textContent: name })]));
  }
}

showTheRest();
