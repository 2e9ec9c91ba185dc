const formatter = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return formatter.format(date);
}

/** The machine-readable date of a `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
