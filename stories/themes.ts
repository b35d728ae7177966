/**
 * Host themes for the Storybook theme switcher, the Theming page and the theme gate
 * (test/gates/theme.test.ts). Each is what a host page would set: its own colours and
 * `color-scheme` on the page, and `--mh-*` custom properties where it brands the widgets.
 * The two kommune themes are invented examples, not any real kommune's colours.
 */
export interface HostTheme {
  /** Toolbar value, also `?globals=theme:<id>` in a Storybook URL. */
  id: string;
  title: string;
  /** The host page's `color-scheme`; the widgets' defaults follow it. */
  colorScheme: 'light' | 'dark';
  /** The host page's background and text colour. */
  background: string;
  color: string;
  /** `--mh-*` values the host sets on the widgets (none: the defaults). */
  tokens: Record<string, string>;
}

export const HOST_THEMES: readonly HostTheme[] = [
  { id: 'default', title: 'Default (light host)', colorScheme: 'light', background: '#ffffff', color: '#1a1a1a', tokens: {} },
  // A navy footer or "help" box on a kommune site: defaults only, chosen by color-scheme.
  { id: 'dark', title: 'Dark host', colorScheme: 'dark', background: '#0b1f3a', color: '#f0f0f0', tokens: {} },
  {
    id: 'high-contrast',
    title: 'High contrast',
    colorScheme: 'light',
    background: '#ffffff',
    color: '#000000',
    tokens: {
      '--mh-accent': '#00247d',
      '--mh-accent-contrast': '#ffffff',
      '--mh-border-color': '#000000',
      '--mh-surface-raised': 'transparent',
      '--mh-focus-color': '#000000',
      '--mh-danger-color': '#9e0000',
      '--mh-muted-color': '#000000',
    },
  },
  {
    id: 'brand-green',
    title: 'Example kommune A (green, light)',
    colorScheme: 'light',
    background: '#f7f5ef',
    color: '#1f1f1f',
    tokens: {
      '--mh-accent': '#00663d',
      '--mh-accent-contrast': '#ffffff',
      '--mh-surface-raised': '#ebe7dc',
      '--mh-border-color': '#8a8577',
      '--mh-focus-color': '#b34700',
      '--mh-radius': '0',
    },
  },
  {
    id: 'brand-purple',
    title: 'Example kommune B (purple, dark)',
    colorScheme: 'dark',
    background: '#2a1f4f',
    color: '#f4f1ff',
    tokens: {
      '--mh-accent': '#ffd36e',
      '--mh-accent-contrast': '#2a1f4f',
      '--mh-focus-color': '#7fe3ff',
      '--mh-surface-raised': 'rgba(255, 255, 255, 0.06)',
      '--mh-radius': '1rem',
    },
  },
];

/** The theme with `id`, or the default one. */
export function hostTheme(id: unknown): HostTheme {
  const theme = HOST_THEMES.find((candidate) => candidate.id === id) ?? HOST_THEMES[0];
  if (!theme) throw new Error('HOST_THEMES is empty');
  return theme;
}

/**
 * Applies a theme to a host container, as a host page would: page colours and colour scheme on
 * the container, `--mh-*` tokens inherited by every widget inside it. Inline style properties
 * set through CSSOM, which `style-src 'self'` allows.
 */
export function applyHostTheme(container: HTMLElement, theme: HostTheme): void {
  container.style.colorScheme = theme.colorScheme;
  container.style.background = theme.background;
  container.style.color = theme.color;
  for (const [name, value] of Object.entries(theme.tokens)) container.style.setProperty(name, value);
}
