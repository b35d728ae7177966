/** Reading the composed tree: shadow roots, visible text, focus and tab order. */

/** The element's open shadow root, or a thrown error naming the element. */
export function root(element: Element): ShadowRoot {
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error(`<${element.localName}> has no open shadow root (not defined or not rendered yet)`);
  return shadow;
}

/** The first match of `selector` in the element's shadow root, or a thrown error naming both. */
export function shadowQuery<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = root(element).querySelector<E>(selector);
  if (!found) throw new Error(`<${element.localName}>: nothing matches ${selector}`);
  return found;
}

/** Text with white space collapsed and trimmed (as a reader hears it). */
export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The collapsed text content of a node (empty for none). */
export function textOf(node: Node | null | undefined): string {
  return collapse(node?.textContent);
}

/** Every element of the composed tree under `root`: light children and (open) shadow roots, in order. */
export function deepElements(start: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (start instanceof Element) {
    if (start.shadowRoot) visit(start.shadowRoot);
  } else visit(start);
  return out;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `element` takes part in layout (not display:none, not inside a closed <details>). */
export function isRendered(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  // Chromium gives boxes to the hidden content of a closed <details>; it is not rendered.
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const parent: Element | null = node.parentElement;
    if (parent?.localName === 'details' && !(parent as HTMLDetailsElement).open && parent.querySelector(':scope > summary') !== node) return false;
  }
  return getComputedStyle(element).visibility !== 'hidden';
}

/**
 * The elements sequential Tab navigation should reach, in DOM order: links, buttons, form fields,
 * summaries, tabindex >= 0; one stop per radio group (the checked radio, else the first).
 */
export function expectedTabStops(start: Element): Element[] {
  const stops: Element[] = [];
  const radioGroups = new Map<Node, Set<string>>();
  for (const node of deepElements(start)) {
    if (!isRendered(node) || (node as HTMLElement).closest?.('[inert]')) continue;
    const tabindex = node.getAttribute('tabindex');
    if (tabindex !== null && Number(tabindex) < 0) continue;
    const tag = node.localName;
    let focusable = tabindex !== null;
    if (tag === 'a') focusable ||= node.hasAttribute('href');
    else if (tag === 'button' || tag === 'select' || tag === 'textarea') focusable ||= !(node as HTMLButtonElement).disabled;
    else if (tag === 'input') {
      const input = node as HTMLInputElement;
      if (input.type === 'hidden' || input.disabled) continue;
      if (input.type === 'radio' && input.name) {
        const scope = input.getRootNode() as ShadowRoot | Document;
        const seen = radioGroups.get(scope) ?? new Set<string>();
        radioGroups.set(scope, seen);
        if (seen.has(input.name)) continue;
        const group = [...scope.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(input.name)}"]`)].filter((radio) => isRendered(radio));
        const target = group.find((radio) => radio.checked) ?? group[0] ?? input;
        seen.add(input.name);
        stops.push(target);
        continue;
      }
      focusable = true;
    } else if (tag === 'summary') focusable ||= node.parentElement?.localName === 'details' && node.parentElement.querySelector(':scope > summary') === node;
    if (focusable) stops.push(node);
  }
  return stops;
}

/** A short readable name for an element in failure messages. */
export function describe_(element: Element | null): string {
  if (!element) return 'null';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  return `${host} ${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''} "${text}"`;
}
