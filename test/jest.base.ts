import type { Config } from 'jest';

/** One place for the @app/<lib> mapping and the SWC transform (decorator metadata on, for Nest DI). */
export const base: Config = {
  rootDir: '..',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@app/(core|legislation|code|scraper|diff|webhooks|advocacy|alerts)$': '<rootDir>/libs/$1/src',
  },
  // NestJS 12, `feed` and pdf.js ship ES modules only; Node 20.19 require()s them but Jest cannot, so SWC turns them
  // (and only them) into CommonJS under test.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|feed|pdfjs-dist)/)'],
  transform: {
    '^.+\\.(ts|js|mjs)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};
