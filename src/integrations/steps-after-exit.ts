/*
 * What `npm run build` (src/cli/build.ts) and the Astro process it starts agree on, apart from the
 * steps themselves, so that it can start Astro before it loads them.
 */

/** Set by src/cli/build.ts for the Astro process it starts: the steps then run after it exits. */
export const stepsAfterExit = 'BUILD_STEPS_AFTER_EXIT';

/** What the Astro process tells src/cli/build.ts, which runs the steps once it has exited. */
export interface FinishedBuild {
  root: string;
  dist: string;
  base: string;
}
