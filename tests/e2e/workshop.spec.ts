// Workshop "Echt of nep?": a leader on the big screen and pupils on their phones share one
// question order through a short code, with no server; each phone keeps its own score.
import { test, expect, LANGS, expectAxeClean, open, watchProblems } from './helpers';
import type { Page } from '@playwright/test';

const CODE = 'T4821';

/** Answers the current question ("nep" or "echt") and goes on; returns the item's id. */
async function answerAndGoOn(page: Page, answer: 'echt' | 'nep') {
  const id = await page.locator('.wz-quiz__question').getAttribute('data-item');
  await page.locator(`[data-answer="${answer}"]`).click();
  await expect(page.locator('#wz-quiz-feedback')).toBeFocused();
  await page.locator('.wz-quiz__feedback .wz-button').click();
  return id!;
}

test('a leader and two pupils see the same questions in the same order', async ({ browser }) => {
  const leaderContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const leader = await leaderContext.newPage();
  const leaderProblems = watchProblems(leader);
  await open(leader, `/nl/workshop/leider/${CODE}`);
  await expect(leader.locator('.wz-leader__code')).toHaveText(CODE);
  await expect(leader.locator('svg.wz-qr')).toHaveAttribute('aria-label', `QR-code om mee te doen met les ${CODE}`);
  await expect(leader.locator('.wz-leader__link')).toHaveText(/\/nl\/workshop\/sessie\/T4821$/);
  // The start screen: only the way to join, no question yet; a key starts the lesson.
  await expect(leader.locator('.wz-leader__question')).toHaveCount(0);
  await leader.keyboard.press('ArrowRight');

  // The leader's order: the first four questions, stepping with the keyboard (reveal, next).
  const leaderOrder: string[] = [];
  for (let i = 0; i < 4; i++) {
    leaderOrder.push((await leader.locator('.wz-leader__question').getAttribute('data-item'))!);
    await leader.keyboard.press('ArrowRight');
    await expect(leader.locator('.wz-quiz__feedback')).toBeVisible();
    await leader.keyboard.press('ArrowRight');
  }
  await expect(leader.locator('.wz-quiz__progress')).toHaveText('Vraag 5 van 19');
  await leader.keyboard.press('ArrowLeft');
  await expect(leader.locator('.wz-quiz__progress')).toHaveText('Vraag 4 van 19');
  expect(new Set(leaderOrder).size).toBe(4);

  for (const n of [1, 2]) {
    const context = await browser.newContext();
    const pupil = await context.newPage();
    const problems = watchProblems(pupil);
    // The code as a pupil types it, from the start page.
    await open(pupil, '/nl/workshop');
    await pupil.getByLabel('Code van het grote scherm').fill(n === 1 ? 't4821' : ' T 4821 ');
    await pupil.getByRole('button', { name: 'Doe mee' }).click();
    await expect(pupil).toHaveURL(new RegExp(`/nl/workshop/sessie/${CODE}$`));
    const order: string[] = [];
    for (let i = 0; i < 4; i++) order.push(await answerAndGoOn(pupil, n === 1 ? 'nep' : 'echt'));
    expect(order, `pupil ${n}`).toEqual(leaderOrder);
    await expect(pupil.locator('.wz-quiz__score')).toContainText('van 4 goed');
    problems.expectNone();
    await context.close();
  }
  leaderProblems.expectNone();
  await leaderContext.close();
});

test('a pupil who joins late jumps to the leader\'s question', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await open(page, `/nl/workshop/leider/${CODE}`);
  // Start, then reveal and go on four times.
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.wz-quiz__progress')).toHaveText('Vraag 5 van 19');
  const fifth = await page.locator('.wz-leader__question').getAttribute('data-item');

  await open(page, `/nl/workshop/sessie/${CODE}/5`);
  await expect(page.locator('.wz-quiz__progress')).toHaveText('Vraag 5 van 19');
  await expect(page.locator('.wz-quiz__question')).toHaveAttribute('data-item', fifth!);

  await open(page, `/nl/workshop/sessie/${CODE}`);
  await page.getByLabel('Later begonnen? Ga naar vraag').fill('5');
  await page.getByRole('button', { name: 'Ga', exact: true }).click();
  await expect(page.locator('.wz-quiz__question')).toHaveAttribute('data-item', fifth!);
  await context.close();
});

test('answering, the score and the share card work offline', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await open(page, '/nl/workshop/spelen/10-12');
  // Loaded once, with its service worker installed (as in a classroom after the first visit).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  const total = Number((await page.locator('.wz-quiz__progress').textContent())!.match(/van (\d+)/)![1]);
  expect(total).toBe(14);
  let right = 0;
  for (let i = 0; i < total; i++) {
    // Answer from the data the page shows after answering: count what the feedback says.
    await page.locator('[data-answer="nep"]').click();
    if ((await page.locator('#wz-quiz-feedback').textContent())!.startsWith('Goed')) right++;
    await page.locator('.wz-quiz__feedback .wz-button').click();
  }
  await expect(page.locator('#wz-quiz-end-title')).toHaveText('Klaar!');
  await expect(page.locator('.wz-quiz__final')).toHaveText(`Score: ${right} van ${total} goed`);
  // Most items are fake: "always fake" scores well but not perfectly, since some are real.
  expect(right).toBeGreaterThan(total / 2);
  expect(right).toBeLessThan(total);
  await expect(page.locator('.wz-teach__lessons li')).toHaveCount(3);
  const share = page.locator('.wz-teach a[href^="https://wa.me/?text="]');
  await expect(share).toBeVisible();
  const text = decodeURIComponent((await share.getAttribute('href'))!);
  expect(text).toContain('bel eerst het oude nummer');
  expect(text).toMatch(/\/nl\/tips\/voor\/senioren$/);
  expect(await page.evaluate(() => localStorage.getItem('waakzaam.quiz.beste.10-12'))).toBe(`${right}/${total}`);
  await expect(page.getByText(`Beste score op dit apparaat: ${right} van ${total}.`)).toBeVisible();
  await expectAxeClean(page, 'end card');
  problems.expectNone();
  await context.setOffline(false);
  await context.close();
});

test('a wrong or stale code, or an unknown level, opens self-play with an explanation', async ({ page }) => {
  const problems = watchProblems(page);
  for (const path of ['/nl/workshop/sessie/X12', '/nl/workshop/leider/T12345', '/nl/workshop/sessie/%3Cscript%3E']) {
    await open(page, path);
    await expect(page.locator('.wz-notice')).toContainText('Die les kennen we niet');
    await expect(page.locator('a[href="/nl/workshop/spelen/13-16"]')).toBeVisible();
  }
  await open(page, '/en/workshop/spelen/18-plus');
  await expect(page.locator('.wz-notice')).toContainText("We don't recognise that age group");
  // Typing a wrong code says so at the field.
  await open(page, '/nl/workshop');
  await page.getByLabel('Code van het grote scherm').fill('ABC');
  await page.getByRole('button', { name: 'Doe mee' }).click();
  await expect(page.locator('#wz-join-error')).toHaveText('Deze code klopt niet. Kijk nog eens op het grote scherm.');
  await expect(page.getByLabel('Code van het grote scherm')).toHaveAttribute('aria-invalid', 'true');
  problems.expectNone();
});

test('signs are highlighted only after answering', async ({ page }) => {
  await open(page, `/nl/workshop/sessie/${CODE}`);
  // Find a fake item: step until one has signs.
  for (let i = 0; i < 19; i++) {
    if ((await page.locator('.wz-mock__sign').count()) > 0) break;
    await answerAndGoOn(page, 'echt');
  }
  await expect(page.locator('.wz-mock__sign--shown')).toHaveCount(0);
  await page.locator('[data-answer="nep"]').click();
  expect(await page.locator('.wz-mock__sign--shown').count()).toBeGreaterThan(0);
  await expect(page.locator('.wz-quiz__signs mark').first()).toBeVisible();
});

test.describe('workshop is axe clean', () => {
  for (const lang of LANGS) {
    test(`start, pupil and answered state (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/workshop`);
      await expectAxeClean(page, `${lang} workshop start`);
      await open(page, `/${lang}/workshop/sessie/${CODE}`);
      await expectAxeClean(page, `${lang} pupil question`);
      await page.locator('[data-answer="nep"]').click();
      await expectAxeClean(page, `${lang} pupil answered`);
    });

    for (const [width, height] of [[1280, 720], [360, 740]]) {
      test(`leader view ${width}x${height} (${lang})`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await open(page, `/${lang}/workshop/leider/V0042`);
        await expectAxeClean(page, `${lang} leader`);
        await page.getByRole('button', { name: lang === 'nl' ? 'Begin met vraag 1' : 'Start with question 1' }).click();
        await expectAxeClean(page, `${lang} leader question`);
        await page.getByRole('button', { name: lang === 'nl' ? 'Toon het antwoord' : 'Show the answer' }).click();
        await expectAxeClean(page, `${lang} leader answer`);
      });
    }
  }
});

// The projector (1280x720): nothing but the lesson, and every revealed question fits the
// screen with its explanation readable from the back of the class.
test.describe('projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  for (const [lang, code] of [['nl', 'T4821'], ['en', 'V0042'], ['nl', 'K1234']] as const) {
    test(`every revealed question fits one screen, without menu or bar (${lang} ${code})`, async ({ page }) => {
      test.setTimeout(120_000);
      await open(page, `/${lang}/workshop/leider/${code}`);
      await expect(page.locator('.wz-header')).toBeHidden();
      await expect(page.locator('.wz-emergency')).toBeHidden();
      // A big QR code on the start screen, a small one in a corner once the lesson runs.
      const big = (await page.locator('.wz-leader__qr').boundingBox())!;
      expect(big.width).toBeGreaterThanOrEqual(380);
      await page.keyboard.press('ArrowRight');
      const small = (await page.locator('.wz-leader__qr').boundingBox())!;
      expect(small.width).toBeLessThan(160);
      expect(small.x + small.width).toBeGreaterThan(1280 - 40);
      const total = Number((await page.locator('.wz-quiz__progress').textContent())!.match(/\d+$/)![0]);
      for (let i = 0; i < total; i++) {
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('.wz-quiz__feedback')).toBeVisible();
        const where = `question ${i + 1}`;
        // After the last question the "teach your (grand)parents" card follows below: the
        // page may scroll then, the question and its answer may not.
        const last = i + 1 === total;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (!last) expect(height, `${where} scrolls`).toBeLessThanOrEqual(720);
        const feedback = (await page.locator('.wz-quiz__feedback').boundingBox())!;
        expect(feedback.y + feedback.height, `${where} answer below the fold`).toBeLessThanOrEqual(720);
        const forward = (await page.locator('.wz-leader__forward').boundingBox())!;
        expect(forward.y + forward.height, where).toBeLessThanOrEqual(720);
        const size = await page.locator('.wz-quiz__explain').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(size).toBeGreaterThanOrEqual(32);
        // The code in the corner covers nothing of the lesson.
        const corner = (await page.locator('.wz-leader__join').boundingBox())!;
        for (const part of ['.wz-quiz__feedback', '.wz-mock']) {
          const b = (await page.locator(part).boundingBox())!;
          expect(b.x + b.width <= corner.x || b.y >= corner.y + corner.height, `${where}: ${part} under the code`).toBe(true);
        }
        if (i + 1 < total) await page.keyboard.press('ArrowRight');
      }
    });
  }
});

test('on a pupil\'s phone the numbers are a calm line at the top, not a red button under the answers', async ({ page }) => {
  await open(page, '/nl/workshop/sessie/T4821');
  const urgent = page.locator('.wz-emergency a[href="tel:112"]');
  await expect(urgent).toBeVisible();
  const bar = (await page.locator('.wz-emergency').boundingBox())!;
  const answers = (await page.locator('.wz-quiz__answers').boundingBox())!;
  expect(bar.y + bar.height).toBeLessThanOrEqual(answers.y);
  const bg = await urgent.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(bg).toBe('rgba(0, 0, 0, 0)');
  await expectAxeClean(page, 'pupil');
});
