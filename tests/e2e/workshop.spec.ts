// Workshop "Echt of nep?": a leader on the big screen and pupils on their phones share one
// question order through a short code, with no server; each phone keeps its own score.
import { test, expect, LANGS, expectAxeClean, open, watchProblems } from './helpers';
import type { Page } from '@playwright/test';

const CODE = 'T4821';

/** Answers the current question ("nep" or "echt"), says how sure, and goes on; returns the
 *  item's id. */
async function answerAndGoOn(page: Page, answer: 'echt' | 'nep', sure: 'zeker' | 'twijfel' = 'zeker') {
  const id = await page.locator('.wz-quiz__question').getAttribute('data-item');
  await page.locator(`[data-answer="${answer}"]`).click();
  await page.locator(`[data-confidence="${sure}"]`).click();
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
  // Self-play: 15 questions drawn from the level's items (version 2 has more than that).
  expect(total).toBe(15);
  let right = 0;
  for (let i = 0; i < total; i++) {
    // Answer from the data the page shows after answering: count what the feedback says.
    await page.locator('[data-answer="nep"]').click();
    await page.locator('[data-confidence="zeker"]').click();
    if ((await page.locator('#wz-quiz-feedback').textContent())!.startsWith('Goed')) right++;
    await page.locator('.wz-quiz__feedback .wz-button').click();
  }
  await expect(page.locator('#wz-quiz-end-title')).toHaveText('Klaar!');
  await expect(page.locator('.wz-quiz__final')).toHaveText(`Score: ${right} van ${total} goed`);
  // About half of the 10-12 items are genuine (version 2: judgement, not suspicion), so
  // "always fake" catches the scams but is wrong on every genuine message in the draw.
  expect(right).toBeGreaterThan(0);
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
  // Not yet: first how sure.
  await expect(page.locator('#wz-quiz-sure')).toBeFocused();
  await expect(page.locator('.wz-mock__sign--shown')).toHaveCount(0);
  await page.locator('[data-confidence="twijfel"]').click();
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
      await expectAxeClean(page, `${lang} pupil how sure`);
      await page.locator('[data-confidence="zeker"]').click();
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
  for (const [lang, code] of [['nl', 'T4821'], ['en', 'V0042'], ['nl', 'K1234'], ['nl', 'V0042E20'], ['en', 'T4821X20']] as const) {
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
        // Version 2: the technique and one question to discuss, both on the screen.
        for (const part of ['.wz-quiz__technique', '.wz-leader__discuss']) {
          const b = (await page.locator(part).boundingBox())!;
          expect(b.y + b.height, `${where}: ${part} below the fold`).toBeLessThanOrEqual(720);
        }
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

// --- Version 2: judgement, not suspicion (issue 15) ---

/** Plays the rest of the page's round: `answer(i)` says what to answer. Returns what the
 *  feedback said: which answers missed a scam and which distrusted a genuine message. */
async function playRound(page: Page, answer: (i: number) => ['echt' | 'nep', 'zeker' | 'twijfel']) {
  // From the question on screen to the last one ("Vraag 2 van 10").
  const [, at, all] = (await page.locator('.wz-quiz__progress').textContent())!.match(/(\d+)\D+(\d+)$/)!;
  const total = Number(all);
  const missed: string[] = [];
  const distrusted: string[] = [];
  for (let i = 0; i <= total - Number(at); i++) {
    const id = (await page.locator('.wz-quiz__question').getAttribute('data-item'))!;
    const [a, sure] = answer(i);
    await page.locator(`[data-answer="${a}"]`).click();
    await page.locator(`[data-confidence="${sure}"]`).click();
    // The technique in one line, after every answer.
    await expect(page.locator('.wz-quiz__feedback .wz-quiz__technique')).toBeVisible();
    const wrong = (await page.locator('.wz-quiz__feedback').getAttribute('class'))!.includes('--right') === false;
    if (wrong) (a === 'echt' ? missed : distrusted).push(id);
    await page.locator('.wz-quiz__feedback .wz-button').click();
  }
  return { total, missed, distrusted };
}

for (const lang of LANGS) {
  test(`a pupil answers with confidence and sees the split end card (${lang})`, async ({ page }) => {
    const problems = watchProblems(page);
    await open(page, `/${lang}/workshop/sessie/T4821X10`);
    await expect(page.locator('.wz-quiz__progress')).toHaveText(lang === 'nl' ? 'Vraag 1 van 10' : 'Question 1 of 10');
    // The answer is only revealed after saying how sure.
    await page.locator('[data-answer="echt"]').click();
    await expect(page.locator('.wz-quiz__feedback')).toHaveCount(0);
    await expect(page.getByRole('button', { name: lang === 'nl' ? 'Ik twijfel' : 'Not sure' })).toBeVisible();
    await expectAxeClean(page, `${lang} how sure`);
    // A different answer may still be chosen before saying how sure.
    await page.locator('[data-answer="nep"]').click();
    await expect(page.locator('[data-answer="nep"]')).toHaveAttribute('aria-pressed', 'true');
    await page.locator('[data-confidence="twijfel"]').click();
    await expect(page.locator('.wz-quiz__said-sure')).toHaveText(lang === 'nl' ? ' (met twijfel)' : ' (not sure)');
    await page.locator('.wz-quiz__feedback .wz-button').click();
    // The rest: alternately "echt" and "nep", sure and not.
    const rest = await playRound(page, (i) => [i % 2 ? 'nep' : 'echt', i % 3 ? 'zeker' : 'twijfel']);
    expect(rest.total).toBe(10);
    await expect(page.locator('#wz-quiz-end-title')).toBeVisible();
    await expect(page.locator('.wz-quiz__judgement')).toHaveText(lang === 'nl' ? /^Oordeel: \d+ van 100$/ : /^Judgement: \d+ out of 100$/);
    // The split: what the feedback said, item by item (question 1 may add one to either side).
    const missed = await page.locator('.wz-quiz__missed li').evaluateAll((l) => l.map((e) => e.getAttribute('data-item')));
    const distrusted = await page.locator('.wz-quiz__distrusted li').evaluateAll((l) => l.map((e) => e.getAttribute('data-item')));
    for (const id of rest.missed) expect(missed).toContain(id);
    for (const id of rest.distrusted) expect(distrusted).toContain(id);
    expect(missed.length + distrusted.length).toBeLessThanOrEqual(rest.missed.length + rest.distrusted.length + 1);
    // Kind words for each half; one sentence to remember per technique that caught the player.
    await expect(page.locator('.wz-quiz__missed')).toContainText(lang === 'nl' ? /overkomt iedereen|Geen oplichting gemist/ : /happens to everyone|No scams missed/);
    await expect(page.locator('.wz-quiz__distrusted')).toContainText(lang === 'nl' ? /Voorzichtig zijn is goed|Alle echte berichten vertrouwd/ : /Being careful is good|Every genuine message trusted/);
    if (missed.length > 0) expect(await page.locator('.wz-quiz__remember li').count()).toBeGreaterThan(0);
    for (const [width, height] of [[360, 740], [1280, 720]]) {
      await page.setViewportSize({ width, height });
      await expectAxeClean(page, `${lang} split end card ${width}x${height}`);
    }
    problems.expectNone();
  });

  test(`the family round on one phone, in large type (${lang})`, async ({ page }) => {
    const problems = watchProblems(page);
    await open(page, `/${lang}/workshop/sessie/K1234X10`);
    await playRound(page, () => ['echt', 'zeker']);
    // Every scam was missed: the family round starts with the techniques that caught the pupil.
    const family = page.locator('.wz-quiz__family');
    await expect(family).toHaveText(lang === 'nl' ? 'Leer het aan (groot)ouders' : 'Teach it to (grand)parents');
    expect(await family.getAttribute('href')).toMatch(new RegExp(`^/${lang}/workshop/familie\\?trucs=[a-z,-]+$`));
    await family.click();
    await expect(page.locator('.wz-family')).toBeVisible();
    const size = await page.locator('.wz-family').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(22);
    await expectAxeClean(page, `${lang} family intro`);
    await page.locator('.wz-family__start').click();
    let genuine = 0;
    for (let i = 0; i < 5; i++) {
      await expect(page.locator('.wz-family__hand')).toBeVisible();
      if (i === 0) await expectAxeClean(page, `${lang} family question`);
      await page.locator('[data-answer="nep"]').click();
      await expect(page.locator('#wz-family-back')).toBeFocused();
      await expect(page.locator('.wz-family__back')).toBeVisible();
      await expect(page.locator('.wz-quiz__technique')).toBeVisible();
      if ((await page.locator('#wz-family-back').textContent())!.includes(lang === 'nl' ? 'Echt' : 'Real')) genuine++;
      if (i === 0) await expectAxeClean(page, `${lang} family explain`);
      await page.locator('.wz-quiz__feedback .wz-button').click();
    }
    // One genuine message among the five: "nep" everywhere gets four of five.
    expect(genuine).toBe(1);
    await expect(page.locator('#wz-family-done')).toHaveText(lang === 'nl' ? 'Samen 4 van 5 goed.' : 'Together: 4 out of 5 right.');
    for (const [width, height] of [[360, 740], [1280, 720]]) {
      await page.setViewportSize({ width, height });
      await expectAxeClean(page, `${lang} family done ${width}x${height}`);
    }
    problems.expectNone();
  });

  test(`the leader chooses a theme and a length; two pupils get the same order (${lang})`, async ({ browser }) => {
    const leaderContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const leader = await leaderContext.newPage();
    const problems = watchProblems(leader);
    await open(leader, `/${lang}/workshop`);
    await leader.getByLabel(lang === 'nl' ? '13 tot 16 jaar' : 'Ages 13 to 16').check();
    await leader.getByLabel(lang === 'nl' ? 'Thema (een truc)' : 'Theme (a trick)').selectOption('geheim');
    await leader.getByLabel('10', { exact: true }).check();
    await expectAxeClean(leader, `${lang} lead form`);
    await leader.getByRole('button', { name: lang === 'nl' ? 'Start les' : 'Start lesson' }).click();
    await expect(leader).toHaveURL(new RegExp(`/${lang}/workshop/leider/T\\d{4}G10$`));
    const code = (await leader.locator('.wz-leader__code').textContent())!;
    expect(code).toMatch(/^T\d{4}G10$/);
    await expect(leader.locator('.wz-leader__theme')).toHaveText(lang === 'nl' ? 'Thema: Geheimhouding' : 'Theme: Secrecy');
    await expect(leader.locator('svg.wz-qr')).toBeVisible();
    await leader.keyboard.press('ArrowRight');
    await expect(leader.locator('.wz-quiz__progress')).toHaveText(lang === 'nl' ? 'Vraag 1 van 10' : 'Question 1 of 10');
    const order: string[] = [];
    let themed = 0;
    for (let i = 0; i < 10; i++) {
      order.push((await leader.locator('.wz-leader__question').getAttribute('data-item'))!);
      await leader.keyboard.press('ArrowRight');
      await expect(leader.locator('.wz-leader__discuss')).toBeVisible();
      if ((await leader.locator('.wz-quiz__technique').getAttribute('data-techniques'))!.split(' ').includes('geheim')) themed++;
      if (i === 0) await expectAxeClean(leader, `${lang} leader technique and question`);
      if (i < 9) await leader.keyboard.press('ArrowRight');
    }
    // The theme leads: at least two thirds of a class of ten (as many as there are).
    expect(themed).toBeGreaterThanOrEqual(5);
    for (const n of [1, 2]) {
      const context = await browser.newContext();
      const pupil = await context.newPage();
      await open(pupil, `/${lang}/workshop`);
      await pupil.getByLabel(lang === 'nl' ? 'Code van het grote scherm' : 'Code from the big screen').fill(n === 1 ? code.toLowerCase() : ` ${code.slice(0, 5)} ${code.slice(5)} `);
      await pupil.getByRole('button', { name: lang === 'nl' ? 'Doe mee' : 'Join' }).click();
      await expect(pupil).toHaveURL(new RegExp(`/${lang}/workshop/sessie/${code}$`));
      const got: string[] = [];
      for (let i = 0; i < 10; i++) got.push(await answerAndGoOn(pupil, n === 1 ? 'nep' : 'echt', n === 1 ? 'zeker' : 'twijfel'));
      expect(got, `pupil ${n}`).toEqual(order);
      await context.close();
    }
    problems.expectNone();
    await leaderContext.close();
  });
}

test('a booster is offered on the home page 7 days after a round, not before, and can be turned off', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchProblems(page);
  const day = (n: number) => new Date(Date.UTC(2026, 2, 2 + n, 10, 0, 0));
  await page.clock.setFixedTime(day(0));
  await open(page, '/nl/workshop/sessie/V0042X10');
  await playRound(page, (i) => [i % 2 ? 'echt' : 'nep', 'zeker']);
  await expect(page.locator('.wz-quiz__booster-plan')).toContainText('Na 7 en na 30 dagen');
  const stored = await page.evaluate(() => localStorage.getItem('waakzaam.herhaling'));
  expect(stored).toMatch(/^1\|\d+\|volwassenen\|0\|0\|/);

  for (const n of [0, 6]) {
    await page.clock.setFixedTime(day(n));
    await open(page, '/nl/');
    await expect(page.locator('.wz-card').first()).toBeVisible();
    await expect(page.locator('.wz-booster-offer'), `day ${n}`).toHaveCount(0);
  }
  await page.clock.setFixedTime(day(7));
  await open(page, '/nl/');
  const offer = page.locator('.wz-booster-offer');
  await expect(offer).toContainText('Korte herhaling: echt of nep?');
  for (const [width, height] of [[360, 740], [1280, 720]]) {
    await page.setViewportSize({ width, height });
    await expectAxeClean(page, `home with booster ${width}x${height}`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  // Mijn gegevens lists it with its dates.
  await open(page, '/nl/over/gegevens');
  await expect(page.locator('[data-key="waakzaam.herhaling"]')).toContainText('Laatste ronde 2026-03-02. Volgende herhaling: 2026-03-09.');
  await open(page, '/nl/');
  await offer.getByRole('link', { name: 'Start de herhaling' }).click();
  await expect(page).toHaveURL(/\/nl\/workshop\/herhaling$/);
  await expect(page.locator('.wz-quiz__progress')).toHaveText('Vraag 1 van 3');
  await expectAxeClean(page, 'booster question');
  await playRound(page, () => ['nep', 'zeker']);
  await expect(page.locator('#wz-quiz-end-title')).toBeVisible();
  await expectAxeClean(page, 'booster end');
  // Done: nothing until day 30; then the month's, which can be turned off.
  await page.clock.setFixedTime(day(12));
  await open(page, '/nl/');
  await expect(page.locator('.wz-card').first()).toBeVisible();
  await expect(offer).toHaveCount(0);
  await page.clock.setFixedTime(day(30));
  await open(page, '/nl/');
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Zet herhalingen uit' }).click();
  await expect(page.locator('.wz-booster-offer[role="status"]')).toHaveText('Herhalingen staan uit.');
  await open(page, '/nl/');
  await expect(page.locator('.wz-card').first()).toBeVisible();
  await expect(page.locator('.wz-booster-offer')).toHaveCount(0);
  await open(page, '/nl/over/gegevens');
  const item = page.locator('[data-key="waakzaam.herhaling"]');
  await expect(item).toContainText('Herhalingen staan uit');
  await item.getByRole('button').click();
  expect(await page.evaluate(() => localStorage.getItem('waakzaam.herhaling'))).toBeNull();
  problems.expectNone();
});

test('a damaged booster value offers nothing and reads as unreadable', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('waakzaam.herhaling', '1|x|<b>'));
  await open(page, '/nl/');
  await expect(page.locator('.wz-card').first()).toBeVisible();
  await expect(page.locator('.wz-booster-offer')).toHaveCount(0);
  await open(page, '/nl/over/gegevens');
  await expect(page.locator('[data-key="waakzaam.herhaling"]')).toContainText('Niet te lezen');
});

// Every state version 2 added, axe clean at a phone's and a projector's size, and nothing
// wider than the smallest phone (320px).
for (const lang of LANGS) {
  for (const [width, height] of [[360, 740], [1280, 720], [320, 640]] as const) {
    test(`version 2 states are axe clean and fit at ${width}x${height} (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      const fits = async (where: string) => {
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, `${where} scrolls sideways`).toBeLessThanOrEqual(width);
      };
      const check = async (where: string) => {
        await fits(where);
        if (width !== 320) await expectAxeClean(page, `${lang} ${where} ${width}x${height}`);
      };
      await open(page, `/${lang}/workshop`);
      await page.locator('#wz-lead-theme').selectOption('haast');
      await check('start with lead form');
      await open(page, `/${lang}/workshop/sessie/V0042H10`);
      await page.locator('[data-answer="echt"]').click();
      await check('how sure');
      await page.locator('[data-confidence="zeker"]').click();
      await expect(page.locator('.wz-quiz__feedback .wz-quiz__technique')).toBeVisible();
      await check('answered with technique');
      await open(page, `/${lang}/workshop/familie?trucs=geheim,haast`);
      await check('family intro');
      await page.locator('.wz-family__start').click();
      await check('family question');
      await page.locator('[data-answer="nep"]').click();
      await expect(page.locator('.wz-family__back')).toBeVisible();
      await check('family explain');
      await open(page, `/${lang}/workshop/herhaling`);
      await expect(page.locator('.wz-booster-nothing')).toBeVisible();
      await check('booster, nothing due');
      await open(page, `/${lang}/workshop/leider/T4821G15`);
      await expect(page.locator('.wz-leader__theme')).toBeVisible();
      await check('leader start with theme');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.wz-leader__discuss')).toBeVisible();
      await check('leader technique and discussion');
    });
  }
}
