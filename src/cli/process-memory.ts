/* How much memory the build takes, read from /proc on Linux: `npm run bench` samples it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Resident memory (kB) of a process and its descendants, from /proc; null where there is none. */
export function treeMemoryKb(root: number): number | null {
  if (!existsSync('/proc/self/status')) return null;
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while the table was read.
    }
  }
  const inTree = (pid: number): boolean => pid === root || (pid > 1 && inTree(parents.get(pid) ?? 0));
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** The high-water mark of a process's resident memory (kB), or null once it is gone. */
export function highWaterKb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb);
  } catch {
    return null;
  }
}
