// "Lag widget": the snippet builder of the demo site. Reads custom-elements.json, makes one native
// form control per attribute, shows the widget itself as the preview and the code to paste.
// Everything is built with DOM calls (no innerHTML), so the page runs under the demo's strict CSP
// with `require-trusted-types-for 'script'` and needs no Trusted Types policy of its own.
import { widgetsFromManifest, scriptSnippet } from './controls.js';
import { ATTRIBUTES, LANGUAGE_NAMES, UI, VALUE_LABELS, WIDGETS } from './strings.js';

const LANGUAGES = ['nb', 'nn', 'en'];
const RENDER_ENDPOINT = new URL('../render', import.meta.url);
const byId = (id) => document.getElementById(id);

const state = {
  ui: 'nb',
  widgets: [],
  contacts: [],
  /** tag → attribute name → value ('' = not set; true = a boolean present; 'a b' = several). */
  values: new Map(),
  kind: 'script',
  prerendered: { key: '', html: '', note: '' },
};

/** `{name}` placeholders filled in. */
function text(key, fill = {}) {
  return UI[state.ui][key].replace(/\{(\w+)\}/g, (_, name) => fill[name] ?? '');
}

/** A sentence with `code` spans as <code> elements (never parsed as HTML). */
function richText(target, sentence) {
  target.replaceChildren();
  sentence.split(/(`[^`]+`)/).forEach((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
      const code = document.createElement('code');
      code.textContent = part.slice(1, -1);
      target.append(code);
    } else if (part) target.append(part);
  });
}

/** The attribute's sentence in the interface language; English (marked so) where none is written. */
function describe(tag, attribute, target) {
  const entry = ATTRIBUTES[tag]?.[attribute.name] ?? ATTRIBUTES['*'][attribute.name];
  const sentence = state.ui === 'en' ? attribute.description : entry?.[state.ui];
  if (sentence) {
    target.removeAttribute('lang');
    richText(target, sentence);
  } else {
    target.lang = 'en';
    richText(target, attribute.description);
  }
}

function valueLabel(value) {
  const label = VALUE_LABELS[state.ui][value];
  return label && label !== value ? `${label} (${value})` : value;
}

function currentWidget() {
  return state.widgets.find((widget) => widget.tag === byId('widget').value) ?? state.widgets[0];
}

function valuesOf(tag) {
  if (!state.values.has(tag)) state.values.set(tag, new Map());
  return state.values.get(tag);
}

/** The attributes set, in the manifest's order, then `lang`. */
function chosenAttributes(widget) {
  const values = valuesOf(widget.tag);
  const chosen = [];
  for (const attribute of widget.attributes) {
    const value = values.get(attribute.name);
    if (value === true) chosen.push([attribute.name, true]);
    else if (typeof value === 'string' && value.trim()) chosen.push([attribute.name, value.trim()]);
  }
  chosen.push(['lang', byId('widget-lang').value]);
  return chosen;
}

function field(className = 'field') {
  const div = document.createElement('div');
  div.className = className;
  return div;
}

function hint(id) {
  const p = document.createElement('p');
  p.className = 'hint';
  p.id = id;
  return p;
}

function codeLabel(name) {
  const code = document.createElement('code');
  code.textContent = name;
  return code;
}

/** One control per attribute of the chosen widget. */
function renderControls() {
  const widget = currentWidget();
  const values = valuesOf(widget.tag);
  const host = byId('attribute-fields');
  host.replaceChildren();
  if (!widget.attributes.length) {
    const none = document.createElement('p');
    none.textContent = text('noAttributes');
    host.append(none);
  }
  for (const attribute of widget.attributes) {
    const id = `attr-${attribute.name}`;
    const hintId = `${id}-hint`;
    const sentence = hint(hintId);
    describe(widget.tag, attribute, sentence);
    const current = values.get(attribute.name) ?? '';

    if (attribute.kind === 'boolean') {
      const wrapper = field('field check');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = id;
      input.checked = current === true;
      input.setAttribute('aria-describedby', hintId);
      input.addEventListener('change', () => {
        values.set(attribute.name, input.checked ? true : '');
        update();
      });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.append(codeLabel(attribute.name));
      wrapper.append(input, label, sentence);
      host.append(wrapper);
    } else if (attribute.kind === 'multi') {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'field multi';
      fieldset.setAttribute('aria-describedby', hintId);
      const legend = document.createElement('legend');
      legend.append(codeLabel(attribute.name));
      const more = document.createElement('span');
      more.className = 'hint-extra';
      more.textContent = ` ${text('multiHint')}`;
      sentence.append(more);
      const options = document.createElement('div');
      options.className = 'options';
      const chosen = new Set(String(current).split(/\s+/).filter(Boolean));
      attribute.values.forEach((value) => {
        const option = field('check');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.id = `${id}-${value}`;
        input.value = value;
        input.checked = chosen.has(value);
        input.addEventListener('change', () => {
          const ticked = [...options.querySelectorAll('input:checked')].map((box) => box.value);
          values.set(attribute.name, ticked.join(' '));
          update();
        });
        const label = document.createElement('label');
        label.htmlFor = input.id;
        label.textContent = valueLabel(value);
        option.append(input, label);
        options.append(option);
      });
      fieldset.append(legend, sentence, options);
      host.append(fieldset);
    } else {
      const wrapper = field();
      const label = document.createElement('label');
      label.htmlFor = id;
      label.append(codeLabel(attribute.name));
      let control;
      if (attribute.kind === 'choice' || attribute.kind === 'contact') {
        control = document.createElement('select');
        const first = new Option(attribute.default ? text('defaultValue', { value: valueLabel(attribute.default) }) : text('notSet'), '');
        control.append(first);
        const choices =
          attribute.kind === 'contact'
            ? state.contacts.map((contact) => [contact.id, `${contact.short ?? contact.name} (${contact.id})`])
            : attribute.values.filter((value) => value !== attribute.default).map((value) => [value, valueLabel(value)]);
        for (const [value, label] of choices) control.append(new Option(label, value));
        control.value = current;
        control.addEventListener('change', () => {
          values.set(attribute.name, control.value);
          update();
        });
      } else {
        control = document.createElement('input');
        control.type = 'text';
        control.value = current;
        control.spellcheck = false;
        control.autocomplete = 'off';
        if (attribute.default) control.placeholder = attribute.default;
        control.addEventListener('input', () => {
          values.set(attribute.name, control.value);
          update();
        });
      }
      control.id = id;
      control.setAttribute('aria-describedby', hintId);
      wrapper.append(label, control, sentence);
      host.append(wrapper);
    }
  }
}

/** The widget itself, with the chosen attributes, in place of the previous one. */
function renderPreview(widget, chosen) {
  const element = document.createElement(widget.tag);
  for (const [name, value] of chosen) element.setAttribute(name, value === true ? '' : value);
  byId('preview-host').replaceChildren(element);
}

let prerenderTimer;
/** Asks the demo server's renderWidget endpoint for the prerendered snippet (debounced). */
function requestPrerender(widget, chosen) {
  const attributes = Object.fromEntries(chosen.filter(([name]) => name !== 'lang').map(([name, value]) => [name, value === true ? '' : value]));
  const query = new URLSearchParams({ tag: widget.tag, lang: byId('widget-lang').value, attributes: JSON.stringify(attributes), src: byId('script-src').value });
  const key = query.toString();
  if (state.prerendered.key === key) return;
  state.prerendered = { key, html: '', note: text('prerendering') };
  clearTimeout(prerenderTimer);
  prerenderTimer = setTimeout(async () => {
    let next;
    try {
      const response = await fetch(`${RENDER_ENDPOINT}?${key}`);
      if (response.status === 404 || response.status === 501) next = { html: '', note: text('prerenderUnavailable') };
      else if (!response.ok) next = { html: '', note: text('prerenderFailed', { message: (await response.text()).slice(0, 200) }) };
      else {
        const html = await response.text();
        next = { html, note: /<style[\s>]/.test(html) ? text('prerenderedStyles') : '' };
      }
    } catch (error) {
      next = { html: '', note: text('prerenderFailed', { message: String(error?.message ?? error) }) };
    }
    if (state.prerendered.key !== key) return; // a newer request has started
    state.prerendered = { key, ...next };
    showSnippet();
  }, 250);
}

function currentSnippet() {
  const widget = currentWidget();
  const chosen = chosenAttributes(widget);
  return state.kind === 'script' ? scriptSnippet(byId('script-src').value.trim(), widget.tag, chosen) : state.prerendered.html;
}

function showSnippet() {
  const note = byId('snippet-note');
  byId('snippet').value = currentSnippet();
  note.textContent = state.kind === 'prerendered' ? state.prerendered.note : '';
  note.hidden = !note.textContent;
}

function update() {
  const widget = currentWidget();
  const chosen = chosenAttributes(widget);
  renderPreview(widget, chosen);
  if (state.kind === 'prerendered') requestPrerender(widget, chosen);
  showSnippet();
}

/** A polite status message; emptied first so the same message twice is announced twice. */
function announce(message) {
  const status = byId('copy-status');
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

async function copySnippet() {
  const snippet = byId('snippet');
  if (!snippet.value) {
    announce(state.prerendered.note || text('prerendering'));
    return;
  }
  try {
    await navigator.clipboard.writeText(snippet.value);
    announce(text('copied'));
  } catch {
    snippet.focus();
    snippet.select();
    announce(text('copyFailed'));
  }
}

/** Every [data-ui] text and the language menus in the interface language. */
function applyInterfaceLanguage() {
  document.documentElement.lang = state.ui;
  document.title = text('pageTitle');
  for (const element of document.querySelectorAll('[data-ui]')) element.textContent = text(element.dataset.ui);
  const widgetMenu = byId('widget');
  const chosen = widgetMenu.value;
  widgetMenu.replaceChildren(...state.widgets.map((widget) => new Option(`${WIDGETS[widget.tag]?.[state.ui] ?? widget.tag} (<${widget.tag}>)`, widget.tag)));
  if (chosen) widgetMenu.value = chosen;
  renderControls();
  showSnippet();
}

function languageOptions(select, selected) {
  select.replaceChildren(
    ...LANGUAGES.map((lang) => {
      const option = new Option(LANGUAGE_NAMES[lang], lang, false, lang === selected);
      option.lang = lang;
      return option;
    }),
  );
}

/**
 * A JSON file of the repository. Dev servers that compile `.json` into a JavaScript module (the
 * test runner's esbuild plugin does) answer with script: then the same URL is imported instead.
 */
async function loadJson(path) {
  const url = new URL(path, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
  if (/json/.test(response.headers.get('content-type') ?? '')) return response.json();
  return (await import(url.href)).default;
}

async function start() {
  languageOptions(byId('ui-lang'), state.ui);
  languageOptions(byId('widget-lang'), 'nb');
  let manifest;
  try {
    manifest = await loadJson('../../custom-elements.json');
  } catch {
    const problem = byId('builder-problem');
    problem.textContent = text('manifestFailed');
    problem.hidden = false;
    console.warn('Lag widget: custom-elements.json could not be loaded; run `npm run build` first.');
    return;
  }
  state.widgets = widgetsFromManifest(manifest);
  try {
    state.contacts = (await loadJson('../../content/nb/contacts.json')).contacts ?? [];
  } catch {
    // Without the contact list the contact id is still a menu of none: the preview shows the widget's own notice.
  }
  // A first contact, so the contact card's preview is not an empty notice.
  if (state.contacts.some((contact) => contact.id === 'rosa')) valuesOf('mh-contact-card').set('contact', 'rosa');

  byId('ui-lang').addEventListener('change', (event) => {
    state.ui = event.target.value;
    state.prerendered.key = '';
    applyInterfaceLanguage();
    update();
  });
  byId('widget').addEventListener('change', () => {
    renderControls();
    update();
  });
  byId('widget-lang').addEventListener('change', update);
  byId('script-src').addEventListener('input', update);
  for (const radio of document.querySelectorAll('input[name="snippet-kind"]')) {
    radio.addEventListener('change', () => {
      state.kind = radio.value;
      update();
    });
  }
  byId('copy').addEventListener('click', copySnippet);
  applyInterfaceLanguage();
  update();
  document.body.dataset.ready = '';
}

start();
