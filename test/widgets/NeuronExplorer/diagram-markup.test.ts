import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { computeNeuron, diagramSvg, escapeText } from '../../../components/NeuronExplorer/figure';
import type { ResolvedExplorerSettings } from '../../../components/NeuronExplorer/schema';

// The view writes the diagram with innerHTML, so every text in it must be escaped and every
// coordinate a number. These strings try each way out of element content and of an attribute.
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  '</text></svg><img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&quot; onmouseover=&quot;alert(1)',
  'javascript:alert(1)',
  `${'<'.repeat(2000)}"&`,
];

const ALLOWED_ELEMENTS = new Set(['svg', 'defs', 'marker', 'path', 'text', 'rect', 'circle']);

function parseSvg(markup: string) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="host">${markup}</div></body></html>`);
  return document.getElementById('host') as unknown as Element;
}

test('escapeText(text) gives markup that reads back as exactly the text, in content and in a double-quoted attribute', () => {
  for (const text of HOSTILE) {
    const escaped = escapeText(text);
    expect(escaped, text).not.toMatch(/[<"]/);
    const host = parseSvg(`<svg><text aria-label="${escaped}">${escaped}</text></svg>`);
    expect(host.querySelectorAll('*').length, text).toBe(2);
    const label = host.querySelector('text');
    expect(label?.textContent, text).toBe(text);
    expect(label?.getAttribute('aria-label'), text).toBe(text);
    expect(label?.getAttributeNames(), text).toEqual(['aria-label']);
  }
});

test('diagramSvg(settings, steps, id) with a hostile activation name and id, and extreme numbers, adds only its own elements', () => {
  for (const text of HOSTILE) {
    const settings: ResolvedExplorerSettings = {
      inputs: 3,
      // The schema only lets the five activations through; this guards the markup if one ever slipped by.
      activation: text as ResolvedExplorerSettings['activation'],
      values: [Number.NaN, Infinity, -1e308],
      weights: [1e-320, -0, 10],
      bias: -Infinity,
    };
    const steps = computeNeuron({ ...settings, activation: 'sigmoid' });
    const host = parseSvg(diagramSvg(settings, steps, text));
    const elements = [...host.querySelectorAll('*')];
    expect(elements.filter((element) => !ALLOWED_ELEMENTS.has(element.localName)).map((element) => element.localName), text).toEqual([]);
    expect(host.querySelectorAll('svg').length, text).toBe(1);
    for (const element of elements) {
      expect(element.getAttributeNames().filter((name) => /^on/i.test(name)), `${text}: <${element.localName}>`).toEqual([]);
      for (const name of ['x', 'y', 'width', 'height', 'rx', 'cx', 'cy', 'r']) {
        const value = element.getAttribute(name);
        if (value !== null) expect(value, `${text}: <${element.localName} ${name}>`).toMatch(/^-?\d+(\.\d+)?$/);
      }
    }
    expect(host.querySelector('marker')?.getAttribute('id'), text).toBe(`${text}-arrow`);
    expect([...host.querySelectorAll('text')].some((label) => label.textContent === `f = ${text}`), text).toBe(true);
  }
});
