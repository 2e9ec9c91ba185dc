import { describe, expect, it } from 'vitest';
import guideFile from '../../src/content/guide.json';
import { guidePayload } from '../../src/lib/guide/guide-payload';
import { guideSchema } from '../../src/lib/schemas/guide';

const guide = guideSchema.parse(guideFile[0]);
const firstLink = guide.questions[0]!.answers[0]!.link;

describe('guidePayload', () => {
  it('gives the browser every answer key and its points, in question order', () => {
    const payload = guidePayload(guide, new Map(), '/');
    expect(payload.questions.map((q) => q.answers.map((a) => a.key))).toEqual(
      guide.questions.map((q) => q.answers.map((a) => a.key)),
    );
    expect(payload.tieOrder).toEqual(guide.tieOrder);
  });

  it('names each reason link and prefixes every link with the deploy base', () => {
    const payload = guidePayload(guide, new Map([[firstLink, 'Projects at a time']]), '/kb/');
    const first = payload.questions[0]!.answers[0]!;
    expect(first.source).toBe('Projects at a time');
    expect(first.href).toBe(`/kb${firstLink}`);
    const hrefs = payload.results.flatMap((r) => r.next.map((step) => step.href));
    expect(hrefs.every((href) => href.startsWith('/kb/'))).toBe(true);
  });
});
