import { describe, expect, it } from 'vitest';
import {
  readSocialCard,
  sameCard,
  socialCardMeta,
  type SocialCard,
} from '../../src/lib/social-cards/social-image-spec';

const row: SocialCard = {
  title: 'Projects at a time',
  label: 'Comparison',
  roles: [
    { name: 'Project Manager', value: 'One to three.' },
    { name: 'Online Business Manager', value: 'Everything.' },
  ],
};

describe('social card meta tags', () => {
  it('round-trip a card through the head tags, values paired with their roles', () => {
    const tags = socialCardMeta(row, 'Projects at a time: project manager vs online business manager');
    expect(readSocialCard(tags, 'ignored when a title tag is present')).toEqual(row);
    expect(tags.filter((tag) => tag.name === 'social-image:role').map((tag) => tag['data-value'])).toEqual([
      'One to three.',
      'Everything.',
    ]);
  });

  it('leaves the title to og:title when they are the same', () => {
    const tags = socialCardMeta({ label: 'Article', title: 'Hiring a PM' }, 'Hiring a PM');
    expect(tags.some((tag) => tag.name === 'social-image:title')).toBe(false);
    expect(readSocialCard(tags, 'Hiring a PM')).toEqual({ title: 'Hiring a PM', label: 'Article', roles: [] });
  });

  it('tells different cards apart', () => {
    expect(sameCard(row, structuredClone(row))).toBe(true);
    expect(sameCard(row, { ...row, title: 'Scope' })).toBe(false);
  });
});
