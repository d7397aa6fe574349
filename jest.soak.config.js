/** npm run test:soak: the long reliability runs, kept out of npm test. */
const base = require('./jest.config.js');
module.exports = { ...base, testMatch: ['**/reliability/**/*.soak.ts'], testTimeout: 3 * 60 * 60 * 1000 };
