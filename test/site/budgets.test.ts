import { describe, expect, test } from 'vitest';
import { checkBudgets, describeWeight, type Budget } from '../e2e/site/budgets-check';
import { kindOf, sizesOf, type FetchedFile } from '../e2e/site/budgets-measure';

const KB = 1024;
const file = (path: string, kind: FetchedFile['kind'], gzip: number): FetchedFile => ({ url: `http://127.0.0.1:4400${path}`, kind, raw: gzip * 3, gzip });
const JS_AT_LOAD: Budget = { name: 'JavaScript before interaction', kind: 'js', moment: 'load', maxGzip: 20 * KB };

describe('checkBudgets', () => {
  test('checkBudgets(page) is empty when every total is within its budget, the budget itself included', () => {
    const load = [file('/_astro/a.js', 'js', 12 * KB), file('/_astro/b.js', 'js', 8 * KB), file('/neuron/', 'html', 90 * KB)];
    expect(checkBudgets({ page: 'neuron/', load, hydrated: load }, [JS_AT_LOAD])).toEqual([]);
  });

  test('checkBudgets(page) names the page, the budget, the total and the five biggest files, biggest first', () => {
    const load = [1, 9, 3, 7, 5, 2].map((size, i) => file(`/_astro/c${i}.js`, 'js', size * KB));
    load.push(file('/neuron/', 'html', 100 * KB));
    expect(checkBudgets({ page: 'neuron/', load, hydrated: [] }, [JS_AT_LOAD])).toEqual([
      [
        '/neuron/ › JavaScript before interaction: 27.0 KB gzip, over the budget of 20.0 KB by 7.0 KB; biggest files:',
        '       9.0 KB  /_astro/c1.js',
        '       7.0 KB  /_astro/c3.js',
        '       5.0 KB  /_astro/c4.js',
        '       3.0 KB  /_astro/c2.js',
        '       2.0 KB  /_astro/c5.js',
      ].join('\n'),
    ]);
  });

  test('checkBudgets(page) counts each budget at its own moment', () => {
    const hydrated = [file('/_astro/plot.js', 'js', 30 * KB)];
    const atHydration: Budget = { ...JS_AT_LOAD, moment: 'hydrated' };
    expect(checkBudgets({ page: '', load: [], hydrated }, [JS_AT_LOAD])).toEqual([]);
    expect(checkBudgets({ page: '', load: [], hydrated }, [atHydration])).toHaveLength(1);
  });
});

test('describeWeight(page) states gzip and raw sizes per kind', () => {
  const load = [file('/x/', 'html', 2 * KB), file('/_astro/a.js', 'js', KB)];
  expect(describeWeight({ page: 'x/', load, hydrated: [...load, file('/_astro/k.css', 'css', KB)] })).toBe(
    '/x/ · HTML 2.0 KB (6.0 KB raw) · JS at load 1.0 KB (3.0 KB raw) · JS hydrated 1.0 KB (3.0 KB raw) · CSS 1.0 KB (3.0 KB raw) · fonts 0.0 KB (0.0 KB raw)',
  );
});

test('kindOf(url, type) sorts by extension first, then by content type', () => {
  expect(kindOf('http://h/_astro/engine-worker-x.js', '')).toBe('js');
  expect(kindOf('http://h/_astro/k.css?v=1', '')).toBe('css');
  expect(kindOf('http://h/_astro/KaTeX_Main.woff2', '')).toBe('font');
  expect(kindOf('http://h/neuron/', 'text/html; charset=utf-8')).toBe('html');
  expect(kindOf('http://h/course', 'text/html')).toBe('html');
  expect(kindOf('http://h/favicon.svg', 'image/svg+xml')).toBe('other');
});

test('sizesOf(body) gives the raw length and a smaller gzip length for repetitive text', () => {
  const sizes = sizesOf(Buffer.from('<span class="mord">x</span>'.repeat(100)));
  expect(sizes.raw).toBe(2700);
  expect(sizes.gzip).toBeLessThan(200);
});

test('a listed exception raises one budget of one page only', async () => {
  const { budgetsFor, BUDGETS } = await import('../e2e/site/budgets-check');
  const listed = { 'learning-rate/': { HTML: 75 * 1024 } };
  const html = (page: string) => budgetsFor(page, listed).find((budget) => budget.name === 'HTML')?.maxGzip;
  expect(html('learning-rate/')).toBe(75 * 1024);
  expect(html('neuron/')).toBe(60 * 1024);
  expect(budgetsFor('learning-rate/', listed).filter((budget) => budget.name !== 'HTML')).toEqual(BUDGETS.filter((budget) => budget.name !== 'HTML'));
});

test('no page is listed past a budget: learning-rate/ keeps the site\'s 60 KB of HTML and 150 KB of JavaScript', async () => {
  const { budgetsFor, EXCEPTIONS } = await import('../e2e/site/budgets-check');
  expect(EXCEPTIONS).toEqual({});
  const limits = Object.fromEntries(budgetsFor('learning-rate/').map((budget) => [budget.name, budget.maxGzip / 1024]));
  expect(limits).toMatchObject({ HTML: 60, 'JavaScript with every widget hydrated and one run done': 150 });
});
