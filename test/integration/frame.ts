/** Loads an integration page in an iframe and waits until its widgets have rendered. */
export async function loadFrame(src: string, width = 1024): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  // Module scripts run before load, but give custom elements and Lit's first render a moment.
  for (let i = 0; i < 100; i += 1) {
    const pending = [...win.document.querySelectorAll('*')].filter(
      (node) => node.localName.startsWith('mh-') && !(node as Element & { shadowRoot: ShadowRoot | null }).shadowRoot,
    );
    if (pending.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const elements = [...win.document.querySelectorAll('*')].filter((node) => node.localName.startsWith('mh-'));
  await Promise.all(elements.map((node) => (node as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  return frame;
}

/** The widgets on the frame's page (light DOM only). */
export function widgetsIn(frame: HTMLIFrameElement): HTMLElement[] {
  return [...frame.contentDocument!.querySelectorAll<HTMLElement>('*')].filter((node) => node.localName.startsWith('mh-'));
}
