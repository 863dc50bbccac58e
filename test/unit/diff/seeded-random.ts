export { pick, seededRandom } from '@app/core';
