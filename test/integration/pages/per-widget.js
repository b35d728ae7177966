// Loads one per-widget module from cdn/components (self-contained, as a script tag would) and renders the markup
// given in the query, so a test can compare it with the same markup rendered from source.
const params = new URLSearchParams(location.search);
window.ready = (async () => {
  await import(`/cdn/components/${params.get('widget')}.js`);
  const template = document.createElement('template');
  template.innerHTML = params.get('markup');
  document.body.append(template.content);
  // The dev server may inject its own script into the body; find the widget itself.
  const element = [...document.body.children].find((child) => child.localName.startsWith('mh-'));
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
})();
