import { expect, test } from 'vitest';
import { checkAssetReferences } from '../../../src/site/build/asset-check';
import { tempSites } from './temp-site';

const site = tempSites('nn-assets-');

const built = {
  'index.html': '<p>home</p>',
  '_astro/view.js': 'import{a}from"./shared.js";const w=new Worker(new URL("/course/_astro/engine-worker.js",import.meta.url),{type:"module"});import("./lazy.js");',
  '_astro/shared.js': 'export const a=1;',
  '_astro/lazy.js': 'export default 2;',
  '_astro/engine-worker.js': 'self.onmessage=()=>{};',
  '_astro/page.css': '@font-face{src:url(/course/_astro/KaTeX_Main.woff2) format("woff2"),url(data:font/woff2;base64,AAAA)}',
  '_astro/KaTeX_Main.woff2': 'font',
};

test('checkAssetReferences accepts workers, chunks and fonts that resolve under the base', () => {
  expect(checkAssetReferences(site(built), '/course/')).toEqual([]);
});

test('checkAssetReferences reports a worker, chunk or font that is missing or outside the base', () => {
  const out = site({
    ...built,
    '_astro/view.js': 'import"./gone.js";new Worker(new URL("/_astro/engine-worker.js",import.meta.url));',
    '_astro/page.css': '@font-face{src:url(KaTeX_Missing.woff2)}',
  });
  expect(checkAssetReferences(out, '/course/')).toEqual([
    '_astro/view.js › new URL() "/_astro/engine-worker.js": expected a file under the base /course/, got /_astro/engine-worker.js',
    '_astro/view.js › import "./gone.js": expected a file of this site, got nothing at /course/_astro/gone.js',
    '_astro/page.css › url() "KaTeX_Missing.woff2": expected a file of this site, got nothing at /course/_astro/KaTeX_Missing.woff2',
  ]);
});
