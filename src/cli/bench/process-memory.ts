/* How much memory the build takes, read from /proc on Linux: `npm run bench` samples it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface TreeMemory {
  /** Resident memory of the process and its descendants. */
  kb: number;
  /** Each process alive, largest first: its command line, shortened, and its resident memory. */
  processes: { command: string; kb: number }[];
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process ended while the table was read.
    return undefined;
  }
}

/** A process's command as a reader recognises it: the script or program, not the Node binary. */
function commandOf(pid: number): string {
  const args = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  const meaningful = args.find((arg, index) => index > 0 && !arg.startsWith('-')) ?? args[0] ?? `pid ${pid}`;
  return meaningful.split('/').slice(-3).join('/');
}

/** Resident memory of a process and its descendants, from /proc; null where there is none. */
export function treeMemory(root: number): TreeMemory | null {
  if (!existsSync('/proc/self/status')) return null;
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const inTree = (pid: number): boolean => pid === root || (pid > 1 && inTree(parents.get(pid) ?? 0));
  const processes: TreeMemory['processes'] = [];
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const kb = Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0);
    if (kb > 0) processes.push({ command: commandOf(pid), kb });
  }
  processes.sort((a, b) => b.kb - a.kb);
  return { kb: processes.reduce((sum, process) => sum + process.kb, 0), processes };
}

/** The high-water mark of a process's resident memory (kB), or null once it is gone. */
export function highWaterKb(pid: number): number | null {
  const kb = /VmHWM:\s+(\d+)/.exec(read(`/proc/${pid}/status`) ?? '')?.[1];
  return kb === undefined ? null : Number(kb);
}
