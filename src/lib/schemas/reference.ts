/** The id of a reference, before (string) or after (`{ id }`) Astro resolves it. */
export function referenceId(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') return value.id;
  throw new TypeError(`Not a reference: ${JSON.stringify(value)}`);
}
