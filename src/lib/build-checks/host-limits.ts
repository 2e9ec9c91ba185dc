/**
 * What a static host refuses to deploy. Cloudflare Pages' Free plan takes at most 20,000 files and
 * no file over 25 MiB (developers.cloudflare.com/pages/platform/limits/); most other hosts allow
 * more, so a build over them still ships, with a warning that names what to change.
 */

export interface BuiltFile {
  /** Path inside dist/, with forward slashes: `articles/x/index.html`. */
  path: string;
  bytes: number;
}

export interface HostLimits {
  host: string;
  maxFiles: number;
  maxFileBytes: number;
}

export const cloudflarePagesFree: HostLimits = {
  host: 'Cloudflare Pages (Free plan)',
  maxFiles: 20_000,
  maxFileBytes: 25 * 1024 * 1024,
};

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The top folder of a file (`articles/`), or the file itself at the root. */
const folderOf = (path: string) => (path.includes('/') ? `${path.slice(0, path.indexOf('/'))}/` : path);

/** Each way the build exceeds the host's limits, as a sentence naming the files at fault. */
export function hostLimitProblems(files: BuiltFile[], limits: HostLimits): string[] {
  const problems: string[] = [];
  if (files.length > limits.maxFiles) {
    const byFolder = new Map<string, number>();
    for (const file of files) byFolder.set(folderOf(file.path), (byFolder.get(folderOf(file.path)) ?? 0) + 1);
    const largest = [...byFolder]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([folder, count]) => `${folder} ${count}`)
      .join(', ');
    problems.push(`${files.length} files, over the ${limits.maxFiles} ${limits.host} deploys (most in ${largest})`);
  }
  for (const file of files.filter((candidate) => candidate.bytes > limits.maxFileBytes)) {
    problems.push(
      `${file.path} is ${mib(file.bytes)}, over the ${mib(limits.maxFileBytes)} a file may be on ${limits.host}`,
    );
  }
  return problems;
}
