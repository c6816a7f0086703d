/**
 * The one thing the job code needs from a worker or a page: post a message and
 * hear messages. A Worker, `self` inside a worker, or the in-memory pair below
 * all fit, so the engine compiles without DOM types and runs its jobs in Node tests.
 */

/** A message channel end. `onMessage` replaces any earlier handler. */
export interface Port<Incoming, Outgoing> {
  postMessage(message: Outgoing): void;
  onMessage(handler: (message: Incoming) => void): void;
}

/**
 * Two connected ports in one process. Delivery is asynchronous, like a real
 * worker's, and each message is deep-copied through JSON so nothing is shared by
 * reference. Unlike a Worker's structured clone, JSON writes NaN and ±Infinity as null.
 */
export function createMemoryPortPair<A, B>(): [Port<B, A>, Port<A, B>] {
  let handlerA: ((message: B) => void) | null = null;
  let handlerB: ((message: A) => void) | null = null;
  const deliver = <T>(message: T, handler: () => ((m: T) => void) | null) => {
    const copy = JSON.parse(JSON.stringify(message)) as T;
    void Promise.resolve().then(() => handler()?.(copy));
  };
  const a: Port<B, A> = {
    postMessage: (message) => deliver(message, () => handlerB),
    onMessage: (handler) => {
      handlerA = handler;
    },
  };
  const b: Port<A, B> = {
    postMessage: (message) => deliver(message, () => handlerA),
    onMessage: (handler) => {
      handlerB = handler;
    },
  };
  return [a, b];
}
