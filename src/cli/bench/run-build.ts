/* Runs one build in a child process, timing it and sampling the memory of its process tree. */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { highWaterKb, treeMemory, type TreeMemory } from './process-memory.ts';

export interface BuildRun {
  seconds: number;
  /** The machine's one-minute load average when the build ended: other work slows a build down. */
  load: number;
  /** The largest resident memory of the whole process tree seen, with the processes alive then. */
  peak: TreeMemory | null;
  peakKb: number | null;
  /** The largest resident memory of any one process of the tree. */
  largestProcessKb: number | null;
  log: string;
}

/** How often the process tree is sampled: often enough to catch a short-lived peak. */
const sampleMs = 250;

/** Runs a build in `dir` (this site's build script unless `args` names another), logging to build.log there. */
export function runBuild(dir: string, args = ['src/cli/build.ts']): Promise<BuildRun> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const file = createWriteStream(join(dir, 'build.log'));
    let log = '';
    const collect = (chunk: Buffer) => {
      log += chunk.toString();
      file.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak: TreeMemory | null = null;
    let largestProcessKb: number | null = null;
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = treeMemory(child.pid);
      if (tree && tree.kb > (peak?.kb ?? 0)) peak = tree;
      largestProcessKb =
        Math.max(largestProcessKb ?? 0, tree?.processes[0]?.kb ?? 0, highWaterKb(child.pid) ?? 0) || null;
    };
    const timer = setInterval(sample, sampleMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      file.end();
      const seconds = (performance.now() - started) / 1000;
      const found = peak as TreeMemory | null;
      if (code === 0) {
        resolvePromise({
          seconds,
          load: loadavg()[0] ?? 0,
          peak: found,
          peakKb: found?.kb ?? null,
          largestProcessKb,
          log,
        });
      } else reject(new Error(`The build failed (exit code ${code}); see ${join(dir, 'build.log')}`));
    });
  });
}
