import databaseSetup from './global-setup';
import { CHROMIUM_PATH_ENV, chromiumExecutable } from './support/chromium-executable';

/**
 * The database template, and the browser unpacked once before the workers fork (they inherit
 * CHROMIUM_PATH), so parallel browser suites never unpack it together.
 */
export default async function e2eGlobalSetup(): Promise<void> {
  await databaseSetup();
  process.env[CHROMIUM_PATH_ENV] = chromiumExecutable();
}
