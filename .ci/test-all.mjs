// `npm test`: every check and suite, then one line `N passed, N failed` over all of them.
// Lint and typecheck count as one check each; unit tests run in two time zones.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
}

function countJson(label, file, ok, read) {
  if (!existsSync(file)) {
    results.failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const { passed, failed } = read(JSON.parse(readFileSync(file, 'utf8')));
  results.passed += passed;
  results.failed += failed;
  if (failed > 0 || !ok) failures.push(label);
  if (failed === 0 && !ok) results.failed++; // the runner failed outside any test
}

/** The browser and PDF tools the suites drive, from Debian, when this machine lacks them. */
function ensureTools() {
  if (process.platform !== 'linux') return;
  const tools = {
    '/usr/bin/chromium': 'chromium',
    '/usr/bin/pdftotext': 'poppler-utils',
    '/usr/bin/zbarimg': 'zbar-tools',
  };
  const missing = Object.entries(tools)
    .filter(([bin]) => !existsSync(bin))
    .map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  console.log(`Installing ${missing.join(', ')} from Debian for the test suites.`);
  spawnSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${missing.join(' ')}`], {
    stdio: 'inherit',
  });
}

ensureTools();
check('lint (eslint, prettier)', 'npm', ['run', '--silent', 'lint']);
check('typecheck (main, preload, renderer)', 'npm', ['run', '--silent', 'typecheck']);

for (const tz of ['Asia/Kolkata', 'America/Los_Angeles']) {
  const file = `test-results/vitest-${tz.replace('/', '-')}.json`;
  rmSync(file, { force: true });
  const ok = run(
    `unit tests, TZ=${tz}`,
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    { TZ: tz },
  );
  countJson(`unit tests (TZ=${tz})`, file, ok, (j) => ({
    passed: j.numPassedTests,
    failed: j.numFailedTests,
  }));
}

check('build renderer', 'npx', ['vite', 'build', '--logLevel', 'warn']);
check('build electron main and preload', 'npx', ['tsx', 'electron/build.ts']);

for (const tz of ['Asia/Kolkata', 'America/Los_Angeles']) {
  const file = `test-results/e2e-${tz.replace('/', '-')}.json`;
  rmSync(file, { force: true });
  const ok = run(
    `e2e (Playwright, Chromium), TZ=${tz}`,
    'npx',
    ['playwright', 'test', '-c', 'e2e/playwright.config.ts'],
    {
      TZ: tz,
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
      BAHI_E2E_SKIP_BUILD: '1', // built above
    },
  );
  countJson(`e2e (TZ=${tz})`, file, ok, (j) => ({
    passed: j.stats.expected + j.stats.flaky,
    failed: j.stats.unexpected,
  }));
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
