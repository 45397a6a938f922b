import { expect, test } from './bahi.fixture';

// The browser-mode door proves its guards from inside a real page, as an attacker's script would.
test('the bridge serves a strict CSP and refuses calls without the page token', async ({
  page,
  bahi,
}) => {
  const response = await page.request.get(bahi.url);
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');

  const answers = await page.evaluate(async () => {
    const post = (headers: Record<string, string>) =>
      fetch('/ipc/company.setup', {
        method: 'POST',
        headers,
        body: JSON.stringify({ legalName: 'Intruder Ltd', stateCode: '27' }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    return {
      noToken: await post({ 'Content-Type': 'application/json' }),
      wrongToken: await post({ 'Content-Type': 'application/json', 'x-bahi-token': 'guess' }),
      // eval is blocked by the CSP: no string ever becomes code.
      evalBlocked: (() => {
        try {
          return (0, eval)('1 + 1') !== 2;
        } catch {
          return true;
        }
      })(),
    };
  });
  expect(answers.noToken).toMatchObject({
    status: 403,
    body: { ok: false, error: { code: 'FORBIDDEN' } },
  });
  expect(answers.wrongToken.status).toBe(403);
  expect(answers.evalBlocked).toBe(true);

  // Nothing was set up: the app still offers first-run set-up.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Open sample company' })).toBeVisible();
});

test('a page on another origin cannot call the bridge', async ({ page, bahi }) => {
  // A hostile site the user happens to have open, served by Playwright without any network.
  await page.route('http://evil.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<html><body>evil</body></html>' }),
  );
  await page.goto('http://evil.test/');
  const attempts = await page.evaluate(async (target) => {
    const attempt = async (init: RequestInit) => {
      try {
        return (await fetch(`${target}ipc/company.setup`, init)).status;
      } catch {
        return 'blocked';
      }
    };
    const body = JSON.stringify({ legalName: 'Intruder Ltd', stateCode: '27' });
    return [
      // A "simple" request needs no preflight: the server itself must refuse it.
      await attempt({
        method: 'POST',
        mode: 'no-cors',
        headers: { 'Content-Type': 'text/plain' },
        body,
      }),
      await attempt({
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-bahi-token': 'stolen?' },
        body,
      }),
    ];
  }, bahi.url);
  expect(attempts[1]).toBe('blocked');

  await page.goto(bahi.url);
  await expect(page.getByRole('button', { name: 'Open sample company' })).toBeVisible();
});
