/** Site-wide facts used in the head, header, footer, feed and social images. */
export const site = {
  name: 'PM or OBM?',
  longName: 'PM or OBM? The project manager vs online business manager guide',
  description:
    'Plain answers on the difference between a project manager and an online business manager, and which one your online business needs.',
  lang: 'en',
  themeColor: { light: '#0b5cad', dark: '#0f1720' },
} as const;

export interface NavLink {
  label: string;
  path: string;
}

export const navLinks: NavLink[] = [
  { label: 'Articles', path: '/articles/' },
  { label: 'Compare', path: '/compare/' },
  { label: 'FAQ', path: '/faq/' },
  { label: 'Guide', path: '/guide/' },
];
