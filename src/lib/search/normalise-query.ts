/** Lower case, straight quotes, no punctuation but the hyphens and apostrophes inside words. */
export function normaliseQuery(text: string): string {
  return String(text)
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a normalised text. */
export const words = (normalised: string): string[] => (normalised ? normalised.split(' ') : []);
