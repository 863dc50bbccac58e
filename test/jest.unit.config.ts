import type { Config } from 'jest';
import { base } from './jest.base';

const config: Config = { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.spec.ts'] };
export default config;
