/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      environment: 'node',
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
        { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
        {
          extends: true,
          test: {
            name: 'site',
            include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
            globalSetup: ['tests/build-once.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
