// The part of the demo page nobody writes by hand: every widget of the registry (src/widgets.json)
// that the page above does not already place gets a section of its own here, with its tag (its
// defaults: the snippet builder sets the rest), so a new widget is on the demo page without an
// edit. The sections above stay hand-composed because they link the widgets to each other
// (duty-href="#plikt" …), which a generated list could not. Reads the 1 kB registry, not the
// manifest, to keep the page light; builds elements, never HTML from strings (the page requires
// Trusted Types).

function element(name, properties = {}, children = []) {
  const node = document.createElement(name);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

async function registeredTags() {
  const url = new URL('../src/widgets.json', import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`src/widgets.json: ${response.status}`);
  // A dev server that compiles JSON into a module (the test runner's) serves JavaScript instead.
  const registry = /json/.test(response.headers.get('content-type') ?? '') ? await response.json() : (await import(url.href)).default;
  return registry.widgets.map((widget) => `mh-${widget.name}`);
}

async function showTheRest() {
  const main = document.querySelector('main');
  const nav = document.querySelector('header nav ul');
  if (!main) return;
  let tags;
  try {
    tags = await registeredTags();
  } catch (error) {
    console.warn(`Demo: widgets this page does not place are not shown (${error.message}).`);
    return;
  }
  for (const tag of tags.filter((name) => !document.querySelector(name))) {
    const id = tag.replace(/^mh-/, '');
    const widget = document.createElement(tag);
    widget.setAttribute('heading-level', '3');
    main.append(
      element('section', { id }, [
        element('h2', {}, [element('code', { textContent: `<${tag}>` })]),
        element('pre', {}, [element('code', { textContent: `<${tag} heading-level="3"></${tag}>` })]),
        widget,
        element('p', {}, [element('a', { href: './builder/', textContent: `Still inn <${tag}> i «Lag widget»` })]),
      ]),
    );
    nav?.append(element('li', {}, [element('a', { href: `#${id}` }, [element('code', { textContent: `<${tag}>` })])]));
  }
}

showTheRest();
