import { getCollection, type CollectionEntry } from 'astro:content';
import { assertReferencesResolve } from './references';
import { faqCategories, type FaqCategory } from '../lib/schemas/faq';

export type Faq = CollectionEntry<'faqs'>;

export interface FaqGroup {
  category: FaqCategory;
  label: string;
  faqs: Faq[];
}

/** FAQs grouped by category, in the category order of the schema and each author's `order`. */
export async function faqGroups(): Promise<FaqGroup[]> {
  await assertReferencesResolve();
  const faqs = await getCollection('faqs');
  return (Object.keys(faqCategories) as FaqCategory[])
    .map((category) => ({
      category,
      label: faqCategories[category],
      faqs: faqs
        .filter((faq) => faq.data.category === category)
        .sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question)),
    }))
    .filter((group) => group.faqs.length > 0);
}
