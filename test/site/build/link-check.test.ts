import { describe, expect, test } from 'vitest';
import { checkLinks, readPageFacts } from '../../../src/site/build/link-check';
import { pageUrl } from '../../../src/site/build/output-files';
import { tempSites } from './temp-site';

const site = tempSites('nn-links-');

const source = '<meta name="nn:source" content="content/chapters/neuron.mdx">';

describe('checkLinks', () => {
  test('accepts pages, assets, anchors and external links that resolve', () => {
    const out = site({
      'index.html': '<a href="/neuron/">n</a><a href="/neuron/#bias">b</a><a href="https://example.org/x">x</a><link rel="stylesheet" href="/_astro/a.css">',
      'neuron/index.html': `${source}<h2 id="bias">Bias</h2><a href="#bias">here</a><a href="../">home</a><a href="/neuron">no slash</a>`,
      '_astro/a.css': 'body{}',
    });
    expect(checkLinks(out, '/')).toEqual([]);
  });

  test('names the content file, the link and what is missing', () => {
    const out = site({
      'index.html': '<a href="/neuron/">n</a>',
      'neuron/index.html': `${source}<h2 id="bias">Bias</h2><a href="/nuron/">typo</a><a href="#weights">anchor</a><img src="/_astro/missing.png">`,
    });
    expect(checkLinks(out, '/')).toEqual([
      'content/chapters/neuron.mdx (page /neuron/) › <a> "/nuron/": expected a page or file of this site, got nothing at /nuron/',
      'content/chapters/neuron.mdx (page /neuron/) › <a> "#weights": expected an element with id "weights" on /neuron/, got no such id',
      'content/chapters/neuron.mdx (page /neuron/) › <img> "/_astro/missing.png": expected a page or file of this site, got nothing at /_astro/missing.png',
    ]);
  });

  test('a query written with numeric entities (&#38; as Astro writes a <Try> link) is read as the browser reads it', () => {
    const out = site({
      'index.html': '<a href="/neuron/">n</a>',
      'neuron/index.html': `${source}<div id="db-3"></div><a href="?db3.angle=0&#38;db3.remedy=normalise#db-3">try</a><a href="?a=1&#x26;b=2#db-4">missing</a>`,
    });
    expect(checkLinks(out, '/')).toEqual([
      'content/chapters/neuron.mdx (page /neuron/) › <a> "?a=1&b=2#db-4": expected an element with id "db-4" on /neuron/, got no such id',
    ]);
  });

  test('under a sub-path, a link that forgets the base is reported', () => {
    const out = site({
      'index.html': '<a href="/course/neuron/">ok</a><a href="/neuron/">forgot the base</a>',
      'neuron/index.html': '<p>n</p>',
    });
    expect(checkLinks(out, '/course/')).toEqual([
      'page /course/ › <a> "/neuron/": expected a path under the base /course/, got /neuron/',
    ]);
  });
});

describe('readPageFacts', () => {
  test('reads ids, links with their tags, and the source note', () => {
    const facts = readPageFacts('a/index.html', `${source}<h2 id="x&amp;y">t</h2><script src="/s.js"></script><a name="old">o</a>`);
    expect([...facts.ids]).toEqual(['x&y', 'old']);
    expect(facts.links).toEqual([{ tag: 'script', url: '/s.js' }]);
    expect(facts.source).toBe('content/chapters/neuron.mdx');
  });

  test('decodes numeric entities in a link (Astro writes & in a query as &#38;), each entity once', () => {
    const facts = readPageFacts('a/index.html', '<a href="?ne1.bias=1&#38;ne1.activation=step#ne-1">t</a><a href="/x?q=&amp;#38;&#x26;">u</a>');
    expect(facts.links.map((link) => link.url)).toEqual(['?ne1.bias=1&ne1.activation=step#ne-1', '/x?q=&#38;&']);
  });

  test('decodes numeric references: a prompt link with two settings has its & written as &#38;', () => {
    const facts = readPageFacts('a/index.html', '<a href="?dc4.learningRate=1&#38;dc4.steps=2#dc-4">t</a><a href="?a=1&#x26;b=2&amp;#38;">u</a>');
    expect(facts.links.map((link) => link.url)).toEqual(['?dc4.learningRate=1&dc4.steps=2#dc-4', '?a=1&b=2&#38;']);
  });
});

test('pageUrl maps output files to the URLs a static host serves', () => {
  expect(pageUrl('/', 'index.html')).toBe('/');
  expect(pageUrl('/course/', 'neuron/index.html')).toBe('/course/neuron/');
  expect(pageUrl('/course', '404.html')).toBe('/course/404.html');
});
