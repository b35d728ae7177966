// #exit-now: press the quick exit as soon as it is defined (the test page cannot reach into
// this frame when it is on another origin).
if (window.location.hash === '#exit-now') {
  customElements.whenDefined('mh-quick-exit').then(() => document.querySelector('mh-quick-exit').exit());
}
