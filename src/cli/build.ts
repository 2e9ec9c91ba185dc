/*
 * `npm run build`: Astro's build in a process of its own, then the steps over dist/ (the search
 * index, social images, headers, link check, ledger; src/integrations/build-steps.ts) in this one.
 * The Astro process has exited and handed its memory back by then, so it is never alive beside
 * Pagefind's indexing process.
 */
import './build/heap-growth.ts';
import { fork } from 'node:child_process';
import { styleText } from 'node:util';
import type { StepLogger } from '../integrations/step-context.ts';
import { stepsAfterExit, type FinishedBuild } from '../integrations/steps-after-exit.ts';

const time = () => new Date().toTimeString().slice(0, 8);
const logger: StepLogger = {
  info: (message) => console.log(`${styleText('dim', time())} ${styleText(['bold', 'blue'], '[steps]')} ${message}`),
  warn: (message) => console.warn(`${styleText('dim', time())} ${styleText(['bold', 'yellow'], '[steps]')} ${message}`),
};

/** Runs Astro's build; resolves with where it built, or undefined when it failed (having said why). */
function astroBuild(): Promise<FinishedBuild | undefined> {
  return new Promise((resolve, reject) => {
    let finished: FinishedBuild | undefined;
    const child = fork(new URL('./build/astro-build.ts', import.meta.url), {
      env: { ...process.env, [stepsAfterExit]: '1' },
      stdio: 'inherit',
    });
    child.on('message', (message) => {
      finished = message as FinishedBuild;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && !finished)
        console.error('\nBuild failed: Astro finished without the site-build integration.\n');
      resolve(code === 0 ? finished : undefined);
    });
  });
}

const building = astroBuild();
// Loaded while Astro starts, rather than before: about 0.3 s of imports (Pagefind's API, the parser).
const { runBuildSteps } = await import('../integrations/build-steps.ts');
const finished = await building;
if (!finished) {
  process.exitCode = 1;
} else {
  try {
    const started = performance.now();
    await runBuildSteps({ ...finished, logger }, { writeLedger: process.env.LEDGER === 'write' });
    logger.info(`steps over dist/ done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    // A step's error names the file and what to fix; its stack would only point into the build code.
    console.error(`\nBuild failed:\n\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
