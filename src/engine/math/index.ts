/**
 * Deterministic elementary functions: the same bits for the same input in every
 * JavaScript engine.
 *
 * `Math.exp`, `Math.log`, `Math.sin`, … are implementation-defined in
 * ECMAScript, and engines round them differently in the last bit (V8 itself
 * changed libraries between versions), so a seeded run in the browser would drift
 * away from the same run in Node. These are ports of fdlibm, the library V8 used,
 * written with IEEE basic operations only (+, −, ×, ÷, √, comparisons and integer
 * work on the float's bits), which every engine rounds identically. Each is within
 * 1 ulp of the exact result, and in Node 20 bit-for-bit equal to its `Math` twin.
 *
 * The engine uses these instead of `Math.*` (a test in test/architecture.test.ts
 * enforces it). `Math.sqrt`, `Math.abs`, `Math.floor`, `Math.round`, `Math.trunc`,
 * `Math.min` and `Math.max` are exact by specification and stay as they are.
 *
 * fdlibm carries this notice, kept here as its licence asks:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely
 * granted, provided that this notice is preserved.
 */
export { exp } from './exp';
export { expm1 } from './expm1';
export { log } from './log';
export { log1p } from './log1p';
export { tanh } from './tanh';
export { sin } from './sin';
export { cos } from './cos';
export { pow } from './pow';
export { hypot } from './hypot';
