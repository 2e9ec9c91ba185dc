import { describe, expect, it } from 'vitest';
import { hostLimitProblems, type HostLimits } from '../../src/lib/build-checks/host-limits';

const limits: HostLimits = { host: 'Test host', maxFiles: 5, maxFileBytes: 1000 };
const files = (count: number, folder: string) =>
  Array.from({ length: count }, (_, index) => ({ path: `${folder}/${index}/index.html`, bytes: 10 }));

describe('host limits', () => {
  it('has nothing to say about a build the host takes', () => {
    expect(hostLimitProblems([...files(4, 'articles'), { path: 'llms-full.txt', bytes: 1000 }], limits)).toEqual([]);
  });

  it('counts the files over the limit and names the folders that hold most of them', () => {
    const problems = hostLimitProblems(
      [...files(4, 'articles'), ...files(2, 'og'), { path: 'rss.xml', bytes: 5 }],
      limits,
    );
    expect(problems).toEqual(['7 files, over the 5 Test host deploys (most in articles/ 4, og/ 2, rss.xml 1)']);
  });

  it('names each file too large to deploy, with its size', () => {
    const problems = hostLimitProblems([{ path: 'llms-full.txt', bytes: 3 * 1024 * 1024 }, ...files(1, 'a')], {
      ...limits,
      maxFileBytes: 1024 * 1024,
    });
    expect(problems).toEqual(['llms-full.txt is 3.0 MiB, over the 1.0 MiB a file may be on Test host']);
  });
});
