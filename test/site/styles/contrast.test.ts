/**
 * The theme's colour pairs meet WCAG 2.2 contrast in both themes: text 4.5:1 (1.4.3), the
 * focus ring, control borders and plot marks 3:1 against what they sit on (1.4.11). Colours are
 * read from src/styles/theme.css, where each token is written once as light-dark(light, dark).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const THEME_CSS = readFileSync(join(__dirname, '../../../src/styles/theme.css'), 'utf8');
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Every `--nn-name: light-dark(#light, #dark)` token of the theme. */
function readTokens(css: string): Map<string, Record<Theme, string>> {
  const tokens = new Map<string, Record<Theme, string>>();
  for (const match of css.matchAll(/--nn-([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi)) {
    tokens.set(match[1], { light: match[2], dark: match[3] });
  }
  return tokens;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const TEXT = 4.5;
const GRAPHIC = 3;

// [foreground token, background tokens, minimum ratio, what the pair is]
const PAIRS: [string, string[], number, string][] = [
  ['fg', ['bg', 'surface', 'surface-2', 'code-bg', 'accent-soft'], TEXT, 'body text'],
  ['muted', ['bg', 'surface', 'surface-2'], TEXT, 'muted text (captions, summaries, meta)'],
  ['accent', ['bg', 'surface', 'accent-soft'], TEXT, 'links, quiet buttons, badges'],
  ['accent-fg', ['accent'], TEXT, 'button text on the accent'],
  ['danger', ['bg', 'surface'], TEXT, 'error messages'],
  ['success', ['bg', 'surface'], TEXT, 'success messages'],
  ['focus', ['bg', 'surface', 'surface-2'], GRAPHIC, 'the focus ring'],
  ['control-border', ['bg', 'surface'], GRAPHIC, 'the border of inputs, selects and toggles'],
  ['series-1', ['surface'], GRAPHIC, 'plot series 1'],
  ['series-2', ['surface'], GRAPHIC, 'plot series 2'],
  ['series-3', ['surface'], GRAPHIC, 'plot series 3'],
  ['series-4', ['surface'], GRAPHIC, 'plot series 4'],
  ['danger', ['surface'], GRAPHIC, 'plot warnings'],
];

describe('theme colours', () => {
  const tokens = readTokens(THEME_CSS);

  test('contrast() follows the WCAG formula', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.478, 3);
    expect(contrast('#ffffff', '#777777')).toBe(contrast('#777777', '#ffffff'));
  });

  test('every token named in a pair is in theme.css', () => {
    const named = new Set(PAIRS.flatMap(([fg, backgrounds]) => [fg, ...backgrounds]));
    expect([...named].filter((name) => !tokens.has(name))).toEqual([]);
  });

  for (const theme of THEMES) {
    test(`in the ${theme} theme, text reaches 4.5:1 and the focus ring, control borders and plot marks 3:1`, () => {
      const failures = PAIRS.flatMap(([fg, backgrounds, minimum, what]) =>
        backgrounds.flatMap((bg) => {
          const [front, back] = [tokens.get(fg)?.[theme], tokens.get(bg)?.[theme]];
          if (!front || !back) return [];
          const ratio = contrast(front, back);
          return ratio >= minimum ? [] : [`${what}: --nn-${fg} ${front} on --nn-${bg} ${back} is ${ratio.toFixed(2)}:1, needs ${minimum}:1`];
        }),
      );
      expect(failures).toEqual([]);
    });
  }
});
