/**
 * Fitting text to a box before anything is drawn: greedy wrapping with the font's real widths, the
 * largest size at which every line fits, and an ellipsis where even the smallest size overflows.
 */
import type { Measure } from './font-metrics.ts';

export interface TextBox {
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  maxLines: number;
  width: number;
  lineHeight: number;
  /** Height the lines may take; no limit beyond `maxLines` when omitted. */
  height?: number;
}

export interface FittedText {
  size: number;
  lines: string[];
}

/** Greedy word wrap: as many words on each line as fit in `width`. */
export function wrapText(text: string, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Shortens `line` to whole words, or characters for a single word, until `line…` fits. */
function ellipsize(line: string, size: number, width: number, measure: Measure): string {
  let cut = line;
  const fits = () => measure(`${cut}…`, size) <= width;
  while (cut.includes(' ') && !fits()) cut = cut.slice(0, cut.lastIndexOf(' '));
  while (cut.length > 1 && !fits()) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.-]+$/, '')}…`;
}

const linesAllowed = (box: TextBox, size: number) =>
  Math.max(1, Math.min(box.maxLines, Math.floor((box.height ?? Infinity) / (size * box.lineHeight))));

/**
 * The largest size at which every text fits the box (one size, so texts side by side match); at the
 * smallest size, overflow is cut with an ellipsis so no text leaves its box.
 */
export function fitTexts(texts: string[], box: TextBox, measure: Measure): FittedText[] {
  for (const size of box.sizes) {
    const wrapped = texts.map((text) => wrapText(text, size, box.width, measure));
    const fits = wrapped.every(
      (lines) => lines.length <= linesAllowed(box, size) && lines.every((line) => measure(line, size) <= box.width),
    );
    if (fits) return wrapped.map((lines) => ({ size, lines }));
  }
  const size = box.sizes.at(-1) ?? 16;
  const allowed = linesAllowed(box, size);
  return texts.map((text) => {
    const lines = wrapText(text, size, box.width, measure);
    const kept = lines.slice(0, allowed);
    const cut = (line: string, index: number) =>
      measure(line, size) > box.width || (index === kept.length - 1 && lines.length > allowed);
    return {
      size,
      lines: kept.map((line, index) => (cut(line, index) ? ellipsize(line, size, box.width, measure) : line)),
    };
  });
}

export function fitText(text: string, box: TextBox, measure: Measure): FittedText {
  return fitTexts([text], box, measure)[0] as FittedText;
}

/** Height of fitted text in pixels. */
export const textHeight = (fitted: FittedText, lineHeight: number) => fitted.lines.length * fitted.size * lineHeight;
