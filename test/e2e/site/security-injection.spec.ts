/**
 * Nothing a reader controls is ever read as HTML: script and markup payloads fed through every
 * figure's URL settings (values and key names), the page's #fragment and every text and number
 * box run nothing, add no element that could run code, and set off no policy violation.
 * One test per page the build emitted, so a new chapter or figure is covered with no new code.
 *
 * Its first load also holds lazy hydration to its promise: widgets start as they come near the
 * viewport, and a reader who jumps to the end of a chapter (End key, a link to the last heading)
 * passes every figure between two frames; each must still come alive (expectAllHydrated jumps).
 */
import type { ElementHandle, Page } from '@playwright/test';
import { expect, listPages, test } from '../fixtures';
import { expectAllHydrated, figuresOn, watchPolicyViolations, type FigureOnPage } from './security-watch';

// Each at most 40 characters: notes and messages shorten what a link or a box held to 40, and a
// payload cut short of its markup would test nothing.
const PAYLOADS = [
  '\'"><img src=x onerror=__pwned=1>',
  '</textarea></title><script>__pwned=1//',
  '<svg onload=__pwned=1>',
  'javascript:__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1',
];
const TAIL = '<img src=x onerror=__pwned=1>';
const LONG = `${'9'.repeat(3000)}${TAIL}`;
const LONG_IN_LINK = `${'9'.repeat(1500)}${TAIL}`;
// The server refuses request headers past 16 KB (Node's default): longer queries are split.
const LINK_BUDGET = 12_000;

/** What could run code or load something: elements of those kinds, handler attributes, javascript: URLs. */
async function activeContent(page: Page): Promise<{ elements: number; handlers: string[]; scriptUrls: string[] }> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      elements: document.querySelectorAll('script, img, iframe, frame, object, embed, base, form, meta[http-equiv="refresh"]').length,
      handlers: all.flatMap((element) => element.getAttributeNames().filter((name) => /^on/i.test(name)).map((name) => `<${element.localName} ${name}>`)),
      scriptUrls: all.flatMap((element) =>
        ['href', 'src', 'xlink:href', 'action', 'formaction']
          .map((name) => element.getAttribute(name) ?? '')
          .filter((value) => /^\s*javascript:/i.test(value))
          .map((value) => `<${element.localName}> ${value.slice(0, 60)}`),
      ),
    };
  });
}

/**
 * Links that give each setting `keysOf` picks a payload (`valueOf(figure, key)`), and name a
 * setting, the query's other parameter and the #fragment with `payload`; as many links as it
 * takes to keep each under the server's limit.
 */
function hostileLinks(
  path: string,
  figures: readonly FigureOnPage[],
  payload: string,
  valueOf: (figure: number, key: number) => string,
  keysOf: (keys: string[]) => string[] = (keys) => keys,
  extraKeys: readonly string[] = [],
): string[] {
  const pairs = figures.flatMap(({ namespace, keys }, i) => [
    ...keysOf(keys).map((key, j) => [`${namespace}.${key}`, valueOf(i, j)]),
    [`${namespace}.${payload}`, '1'],
    ...extraKeys.map((key) => [`${namespace}.${key}`, '1']),
  ]);
  const links: string[][][] = [[]];
  for (const pair of pairs) {
    const current = links[links.length - 1];
    if (current.length > 0 && new URLSearchParams([...current, pair]).toString().length > LINK_BUDGET) links.push([pair]);
    else current.push(pair);
  }
  return links.map((link) => `${path === '' ? './' : path}?${new URLSearchParams([['q', payload], ...link])}#${encodeURIComponent(payload)}`);
}

/**
 * The boxes to type into: every text box, and one number box per widget. The browser keeps
 * only number characters in a number box, and a widget reads all its number boxes with one
 * function, so one of them is enough; typing costs a browser round trip a key.
 */
async function boxesToType(page: Page): Promise<ElementHandle<HTMLElement>[]> {
  const boxes = page.locator('[data-widget] :is(input:is([type="text"], [type="number"], [type="search"], :not([type])), textarea)');
  const kinds = await boxes.evaluateAll((elements: Element[]) =>
    elements.map((element) => {
      const box = element as HTMLInputElement;
      const figure = box.closest<HTMLElement>('[data-widget]');
      if (box.type === 'number') return `${figure?.dataset.widget} number`;
      return `${figure?.id} ${box.id || box.dataset.role || [...(figure?.querySelectorAll('input, textarea') ?? [])].indexOf(box)}`;
    }),
  );
  const handles = (await boxes.elementHandles()) as ElementHandle<HTMLElement>[];
  return handles.filter((_, i) => kinds.indexOf(kinds[i]) === i);
}

const OBJECT_KEYS = ['constructor', '__proto__', 'toString'];

/**
 * Each figure that `query` names Object's property names for keeps running and answers with
 * one short note: one heading, each name refused, and a long value shortened to 40 characters.
 */
async function expectOneShortNote(page: Page, query: URLSearchParams): Promise<void> {
  const figures = await figuresOn(page);
  const roots = page.locator('[data-widget]');
  for (const [i, { namespace, keys }] of figures.entries()) {
    if (!query.has(`${namespace}.constructor`)) continue;
    const note = roots.nth(i).locator('[data-role="notes"]');
    await expect(note, namespace).toBeVisible();
    await expect(note.getByText("The link's settings were adjusted:"), namespace).toHaveCount(1);
    for (const key of ['constructor', '__proto__']) await expect(note, namespace).toContainText(`"${key}" is not one of this figure's settings`);
    if (keys.length > 0) await expect(note, namespace).toContainText(`${'9'.repeat(39)}…`);
    expect((await note.boundingBox())?.height ?? 0, `${namespace}: the note stays short`).toBeLessThan(260);
  }
}

for (const path of listPages()) {
  test(`page /${path}: every widget hydrates after a jump to the end of the page; script and markup in links and typed into boxes run nothing and add no element; Object's property names and a 1,500-character value in a link leave one short note`, async ({ page }) => {
    test.setTimeout(180_000);
    const violations = await watchPolicyViolations(page);
    await page.goto(path === '' ? './' : path);
    await expectAllHydrated(page);
    const clean = await activeContent(page);
    expect(clean.handlers, 'the site itself has no inline handlers').toEqual([]);
    expect(clean.scriptUrls, 'the site itself has no javascript: URLs').toEqual([]);
    const figures = await figuresOn(page);
    const expectUnharmed = async (what: string) => {
      expect(await page.evaluate(() => window.__pwned), `${what}: a payload ran`).toBeUndefined();
      expect(await activeContent(page), `${what}: elements that could run code`).toEqual(clean);
      expect(await violations(), `${what}: policy violations`).toEqual([]);
    };

    const links = [
      // Key j of figure i gets payload i + j, so each payload reaches settings of every kind;
      // the parsers themselves meet every payload and random text in the property tests
      // (test/widgets/property/). A page load per link is what costs, so there are two.
      ...hostileLinks(path, figures, PAYLOADS[0], (i, j) => PAYLOADS[(i + j) % PAYLOADS.length]),
      // A very long value, past any length a note shows, with markup at its end; and the names
      // of Object's own properties, which a settings object must not mistake for settings.
      ...hostileLinks(path, figures, TAIL, () => LONG_IN_LINK, (keys) => keys.slice(0, 1), OBJECT_KEYS),
    ];
    for (const [i, link] of links.entries()) {
      await page.goto(link);
      await expectAllHydrated(page);
      await expectUnharmed(`hostile link ${i + 1} of ${links.length}`);
      await expectOneShortNote(page, new URL(link, page.url()).searchParams);
    }

    await page.goto(path === '' ? './' : path);
    await expectAllHydrated(page);
    const typedInto: string[] = [];
    for (const box of await boxesToType(page)) {
      const isNumber = (await box.getAttribute('type')) === 'number';
      // A number box drops what is not a number as it is typed, so it gets all of it at once.
      for (const payload of isNumber ? [`${PAYLOADS.join('')}${LONG}`] : [...PAYLOADS, LONG]) {
        // Empty and focus the box if a reader could type in it; hidden rows and disabled boxes are skipped.
        const id = await box.evaluate((element) => {
          const input = element as HTMLInputElement;
          if (input.disabled || input.readOnly || input.getClientRects().length === 0) return null;
          input.scrollIntoView({ block: 'center' });
          input.value = '';
          input.focus();
          return input.id;
        });
        if (id === null) break;
        await page.keyboard.insertText(payload);
        await page.keyboard.press('Enter');
        if (!typedInto.includes(id)) typedInto.push(id);
      }
    }
    await expectUnharmed(`after typing into ${typedInto.map((id) => `#${id}`).join(', ')}`);
  });
}
