import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { cloudflarePagesFree, hostLimitProblems } from '../lib/build-checks/host-limits.ts';
import { mapLimited } from './map-limited.ts';
import type { StepContext } from './step-context.ts';

/** The build step: warns when dist/ (`files`, all of it) is more than the strictest host we document will take. */
export async function checkHostLimits({ dist, logger }: StepContext, files: string[]): Promise<void> {
  const sized = await mapLimited(files, 64, async (path) => ({ path, bytes: (await stat(join(dist, path))).size }));
  for (const problem of hostLimitProblems(sized, cloudflarePagesFree)) logger.warn(problem);
}
