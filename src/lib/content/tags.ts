/** The fixed tag vocabulary. A tag outside it fails the build, so tag pages never fragment. */
export const tags = {
  basics: 'Basics',
  'project-manager': 'Project managers',
  'online-business-manager': 'Online business managers',
  'virtual-assistant': 'Virtual assistants',
  choosing: 'Choosing a role',
  hiring: 'Hiring',
  'working-together': 'Working together',
  launches: 'Launches',
  operations: 'Operations',
  engagement: 'Cost and engagement',
} as const;

export type Tag = keyof typeof tags;

export const tagIds = Object.keys(tags) as [Tag, ...Tag[]];

export function tagLabel(tag: Tag): string {
  return tags[tag];
}
