/** What each build step over dist/ is given (src/integrations/build-steps.ts). */
export interface StepContext {
  /** The project's folder, absolute. */
  root: string;
  /** The built site, absolute (the project's dist/). */
  dist: string;
  /** The deploy base the pages' links carry: `/`, or `/kb/` under a sub-path. */
  base: string;
  logger: StepLogger;
}

/** Astro's integration logger, or the CLI's when the steps run after Astro's process has exited. */
export interface StepLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** A path of dist/ as pages link to it: forward slashes, relative to dist/ (`articles/x/index.html`). */
export const sitePath = (file: string): string => file.replaceAll('\\', '/');
