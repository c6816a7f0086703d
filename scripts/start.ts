/**
 * `npm start`: builds the site into dist/ and serves it like a static host would,
 * printing the address. PORT picks the port (default 4321, or the next free one);
 * BASE_PATH=/course/ builds and serves the site under a sub-path.
 */
import { bin, runStep } from './run-step.ts';
import { serve } from './serve.ts';

runStep('build', bin('astro'), ['build']);

const firstPort = Number(process.env.PORT ?? 4321);
for (let port = firstPort; port < firstPort + 20; port += 1) {
  try {
    const running = await serve({ dir: 'dist', base: process.env.BASE_PATH, port, host: process.env.HOST });
    console.log(`\nNeural Notebook is running at ${running.url}\nPress Ctrl+C to stop.`);
    break;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.log(`port ${port} is busy, trying ${port + 1}`);
  }
}
