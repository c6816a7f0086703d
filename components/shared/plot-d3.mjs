/**
 * The d3 that Observable Plot is bundled with in the page (astro.config.mjs points Plot's
 * `import … from "d3"` here). It is d3's own index (d3/dist/d3.mjs re-exports each module)
 * without map projections and Delaunay triangulations: Plot's code reaches them from its
 * projection table and its raster and Voronoi marks, so tree-shaking cannot drop them, yet no
 * figure of this course draws a map, a raster or a Voronoi diagram. Together they were about
 * 16 KB of every chapter's gzipped JavaScript. A figure that needs one fails with a message
 * naming the fix, here, instead of drawing wrong.
 *
 * Plot imports every name it uses by name, so a name missing here fails the build.
 */
export * from 'd3-array';
export * from 'd3-axis';
export * from 'd3-color';
export * from 'd3-contour';
export * from 'd3-format';
export * from 'd3-hierarchy';
export * from 'd3-interpolate';
export * from 'd3-path';
export * from 'd3-random';
export * from 'd3-scale';
export * from 'd3-scale-chromatic';
export * from 'd3-selection';
export * from 'd3-shape';
export * from 'd3-time';
export * from 'd3-time-format';
// Plot draws contour lines and planar paths with geoPath over a plain transform, not a projection.
export { geoCentroid, geoClipRectangle, geoGraticule10, geoPath, geoStream, geoTransform } from 'd3-geo';

function leftOut(name) {
  return () => {
    throw new Error(`${name} is left out of the page's d3 (components/shared/plot-d3.mjs): export it from d3 there to use it`);
  };
}

export const geoAlbers = leftOut('geoAlbers');
export const geoAlbersUsa = leftOut('geoAlbersUsa');
export const geoAzimuthalEqualArea = leftOut('geoAzimuthalEqualArea');
export const geoAzimuthalEquidistant = leftOut('geoAzimuthalEquidistant');
export const geoConicConformal = leftOut('geoConicConformal');
export const geoConicEqualArea = leftOut('geoConicEqualArea');
export const geoConicEquidistant = leftOut('geoConicEquidistant');
export const geoEqualEarth = leftOut('geoEqualEarth');
export const geoEquirectangular = leftOut('geoEquirectangular');
export const geoGnomonic = leftOut('geoGnomonic');
export const geoMercator = leftOut('geoMercator');
export const geoOrthographic = leftOut('geoOrthographic');
export const geoStereographic = leftOut('geoStereographic');
export const geoTransverseMercator = leftOut('geoTransverseMercator');
export const Delaunay = { from: leftOut('Delaunay') };
