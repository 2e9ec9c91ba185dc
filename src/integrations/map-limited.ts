/**
 * Maps `items` through `task`, at most `limit` at a time, keeping their order. The build steps
 * over dist/ read thousands of files: a few at a time keeps the disk busy without holding every
 * file's bytes at once.
 */
export async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
