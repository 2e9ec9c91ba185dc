/** JSON-LD builders: typed, so every block carries the properties search engines require. */

export interface BreadcrumbLink {
  name: string;
  url: string;
}

/** JSON that cannot close its `<script>` element or break a line in old parsers. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function breadcrumbList(links: BreadcrumbLink[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: links.map((link, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: link.name,
      item: link.url,
    })),
  };
}

export interface ArticleFacts {
  headline: string;
  description: string;
  url: string;
  image: string;
  published: Date;
  updated?: Date | undefined;
  publisher: string;
}

export function articleJsonLd(facts: ArticleFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: [facts.image],
    datePublished: facts.published.toISOString(),
    dateModified: (facts.updated ?? facts.published).toISOString(),
    author: { '@type': 'Organization', name: facts.publisher },
    publisher: { '@type': 'Organization', name: facts.publisher },
  };
}

export interface QuestionAndAnswer {
  question: string;
  answer: string;
}

export function faqPageJsonLd(url: string, questions: QuestionAndAnswer[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    mainEntity: questions.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

export function webSiteJsonLd(name: string, url: string, description: string, searchUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url,
    description,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
