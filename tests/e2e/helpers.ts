// Shared helpers for the end-to-end specs: the route table, waiting for the app, collecting
// problems (page errors, console errors, failed or foreign requests) and axe.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every address first shows its static page (rendered at build time by the same components,
 * src/static_pages) and the app takes it over a moment later. A test that acts at once would
 * press a button before it does anything, so `page.goto`, `reload`, `goBack` and `goForward`
 * wait until the app is live (`#app[data-app="live"]`, set by `waakzaam::mount`). A test of
 * the page without the app says `test.use({ waitForApp: false })`.
 */
export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, use) => {
    if (waitForApp) {
      // Only where the app runs: our own pages, not a neutral site left for, not a Back
      // that went nowhere.
      const live = async <T>(navigation: Promise<T>) => {
        const response = await navigation;
        if (response !== null && originOf(page.url()) === ORIGIN) await waitForLiveApp(page);
        return response;
      };
      const { goto, reload, goBack, goForward } = page;
      page.goto = (url, options) => live(goto.call(page, url, options));
      page.reload = (options) => live(reload.call(page, options));
      page.goBack = (options) => live(goBack.call(page, options));
      page.goForward = (options) => live(goForward.call(page, options));
    }
    await use(page);
  },
});
export { expect };

/** Waits until the app has taken over the static page. */
export async function waitForLiveApp(page: Page) {
  await page.locator('#app[data-app="live"]').waitFor({ state: 'attached' });
}

/** The test server's origin (see playwright.config.ts). */
export const ORIGIN = `http://127.0.0.1:${process.env.WZ_E2E_PORT ?? '8081'}`;

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The route list generated from the app's page table (src/domain/pages.rs, checked by
 *  `cargo test`): every top-level page and every address with a static page. */
export const GENERATED: {
  pages: { slug: string; name: string }[];
  addresses: { path: string; lang: string; title: string }[];
} = JSON.parse(readFileSync(resolve(__dirname, 'routes.generated.json'), 'utf8'));

/** Every top-level page: its slug after /<lang>/ and its data-page name. */
export const ROUTES = GENERATED.pages;

export const path = (lang: string, slug: string) => `/${lang}/${slug}`;

export const EMERGENCY_TEXT = {
  nl: { urgent: 'Spoed? Bel 112', police: '0900-8844 Politie, geen spoed' },
  en: { urgent: 'Emergency? Call 112', police: '0900-8844 Police non-emergency' },
};

/** Opens a path and waits until the app has mounted. */
export async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForLiveApp(page);
}

/**
 * Starts collecting what must never happen: page errors (a broken wasm shows a blank page
 * and no console message), console errors, failed requests, HTTP errors, and requests to
 * any other origin (privacy: no third parties). Call `expectNone()` at the end.
 */
export function watchProblems(page: Page, options: { allowFailed?: RegExp } = {}) {
  const problems: string[] = [];
  const origin = ORIGIN;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // Documents the server answered with 404 (an unknown address: the app's not-found page, as
  // a host should answer, deploy/nginx.conf); the tests check that page itself.
  const notFoundDocuments = new Set<string>();
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (notFoundDocuments.has(m.location().url) && m.text().includes('status of 404')) return;
    problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    // By origin, not by prefix: http://127.0.0.1:8081@elsewhere.example/ is foreign.
    if (!u.startsWith('data:') && originOf(u) !== origin) problems.push(`foreign request: ${u}`);
  });
  page.on('requestfailed', (r) => {
    // A request the page's own navigation cancelled (reload, back) is not a failure.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (!options.allowFailed?.test(r.url())) problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() === 404 && r.request().isNavigationRequest()) {
      notFoundDocuments.add(r.url());
      return;
    }
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    problems,
    expectNone: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

function originOf(url: string) {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** Zero axe violations for WCAG 2.2 AA; prints what and where on failure. */
export async function expectAxeClean(page: Page, where: string) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const result = await new AxeBuilder({ page }).withTags(tags).disableRules(['target-size']).analyze();
  // Target size on its own, with the sticky parts (the emergency bar, a report-flow page's
  // quick exit) in the page flow for that moment: the page scrolls under them (normal
  // document scrolling), and axe counts a target that happens to be half under one right now
  // as too small. Every target's own size and spacing is still checked, the bar's and the
  // quick exit's included; tests/e2e/frame.spec.ts checks that keyboard focus never ends up
  // under the bar.
  const sticky = page.locator('.wz-emergency, .wz-quick-exit');
  const unstick = (position: string) =>
    sticky.evaluateAll((all, p) => all.forEach((e) => ((e as HTMLElement).style.position = p)), position);
  await unstick('static');
  const sizes = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
  await unstick('');
  result.violations.push(...sizes.violations);
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found, `axe violations at ${where}:\n${found.join('\n')}`).toEqual([]);
}

/** Opens the header's menu (text size, read aloud, the pages) if it is closed. */
export async function openMenu(page: Page) {
  const button = page.locator('.wz-header__menu-button');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.locator('#wz-menu')).toBeVisible();
}
