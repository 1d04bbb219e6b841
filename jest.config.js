// One Jest run for the whole suite, in three projects:
//   unit         *.spec.ts(x) next to the code, no outside processes
//   integration  tests/contract and tests/integration, against real kube-apiservers + etcd (tools/k8s)
//                and libs/fleet-sim; one control plane serves the whole run (tests/support/global-setup.ts)
//   e2e          tests/e2e, a real Chromium against the built web app served by the API
const preset = require('./jest.preset.js');

module.exports = {
  // A global option in Jest 30 (ignored inside projects); integration and browser tests need the room.
  testTimeout: 60_000,
  // Every project exits cleanly on its own, but the combined run was seen to keep Jest's main process
  // alive after all tests finished (no child processes left; see the stop notes). Until that handle is
  // found, end the run when the tests are done rather than hang CI.
  forceExit: true,
  projects: [
    {
      ...preset,
      displayName: 'unit',
      roots: ['<rootDir>/apps', '<rootDir>/libs'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
    },
    {
      ...preset,
      displayName: 'integration',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/{contract,integration}/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      ...preset,
      displayName: 'e2e',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
    },
  ],
};
