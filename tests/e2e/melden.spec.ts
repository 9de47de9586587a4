// "Meld een vermoeden": scenarios walked end to end on a phone in both languages, with axe on
// every step; back/forward/reload keep answers; deep links; bad URLs and bad storage.
import { test, expect, expectAxeClean, watchProblems } from './helpers';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 360, height: 740 } });

type Scenario = {
  name: string;
  answers: [string, string][];
  emergency?: boolean;
  primary?: string;
  tel?: string;
  others?: string[];
  // A text the advice page must show (Dutch and English).
  shows?: { nl: string; en: string };
  // data-testid blocks that must be on the advice page.
  blocks?: string[];
};

const OVER: [string, string] = ['gevaar', 'voorbij'];
const scenarios: Scenario[] = [
  { name: 'someone tries door handles right now', answers: [['gevaar', 'ja']], emergency: true },
  { name: 'not sure whether it is an emergency', answers: [['gevaar', 'twijfel']], emergency: true },
  {
    name: 'a salesman at the door right now feels wrong',
    answers: [['gevaar', 'overlast-nu'], ['nu', 'verdacht-nu']], emergency: true,
  },
  {
    name: 'loud music at 2 at night, now',
    answers: [['gevaar', 'overlast-nu'], ['nu', 'lawaai']],
    primary: 'politie', tel: 'tel:09008844', others: ['veilig-thuis'],
  },
  {
    name: 'knows where drugs are stored, anonymous',
    answers: [OVER, ['wie', 'getuige'], ['soort', 'ondermijning'], ['anoniem', 'anoniem-ja']],
    primary: 'meld-misdaad-anoniem', tel: 'tel:08007000', others: ['politie'],
  },
  {
    name: 'mother paid after a WhatsApp from a new number',
    answers: [OVER, ['wie', 'ander'], ['soort', 'fraude'], ['geld', 'geld-weg']],
    primary: 'bank', others: ['aangifte-online', 'fraudehelpdesk'], blocks: ['for-someone', 'victim-anonymity'],
  },
  {
    name: 'gave a PIN to a fake bank employee',
    answers: [OVER, ['wie', 'ik'], ['soort', 'fraude'], ['geld', 'toegang']],
    primary: 'bank', others: ['fraudehelpdesk', 'aangifte-online'],
  },
  {
    name: 'phishing text, nothing given',
    answers: [OVER, ['wie', 'ik'], ['soort', 'fraude'], ['geld', 'niets']],
    primary: 'fraudehelpdesk', tel: 'tel:0887867372', others: ['controleer-handelspartij', 'bank'],
  },
  {
    name: "neighbours' child is hit, not now",
    answers: [OVER, ['wie', 'getuige'], ['soort', 'thuis']],
    primary: 'veilig-thuis', tel: 'tel:08002000', others: ['politie'],
  },
  {
    name: 'burglary found, burglars long gone',
    answers: [OVER, ['wie', 'ik'], ['soort', 'diefstal'], ['diefstal-wat', 'inbraak']],
    primary: 'politie', tel: 'tel:09008844', others: ['slachtofferhulp'], blocks: ['victim-anonymity'],
  },
  {
    name: 'bike stolen at the station',
    answers: [OVER, ['wie', 'ik'], ['soort', 'diefstal'], ['diefstal-wat', 'gestolen']],
    primary: 'aangifte-online', others: ['politie'],
  },
  {
    name: 'images of child sexual abuse on a website',
    answers: [OVER, ['wie', 'getuige'], ['soort', 'online'], ['online-wat', 'beelden-kind']],
    primary: 'meldpunt-kinderporno', others: ['veilig-thuis'],
    shows: { nl: 'maak geen schermafbeelding', en: "don't take a screenshot" },
  },
  {
    name: 'ransomware at our shop',
    answers: [OVER, ['wie', 'ik'], ['soort', 'bedrijf'], ['bedrijf-wat', 'ransomware']],
    primary: 'politie', others: ['autoriteit-persoonsgegevens', 'bank'],
    shows: { nl: '72 uur', en: '72 hours' },
  },
  {
    name: 'broken street light in Hilversum',
    answers: [OVER, ['wie', 'getuige'], ['soort', 'openbare-ruimte'], ['gemeente', 'hilversum']],
    primary: 'gemeente', tel: 'tel:14035', others: ['politie'],
  },
  {
    name: 'fallen tree in Wijdemeren: the Fixi app, no unverified number',
    answers: [OVER, ['wie', 'getuige'], ['soort', 'openbare-ruimte'], ['gemeente', 'wijdemeren']],
    primary: 'gemeente', others: ['politie'],
    shows: { nl: 'app Fixi', en: 'Fixi app' },
  },
  {
    name: 'loose paving stone in another municipality',
    answers: [OVER, ['wie', 'getuige'], ['soort', 'openbare-ruimte'], ['gemeente', 'andere-gemeente']],
    primary: 'gemeente', others: ['politie'],
    shows: { nl: 'website van die gemeente', en: "that municipality's website" },
  },
  {
    name: 'daughter already lent her bank card',
    answers: [OVER, ['wie', 'ander'], ['soort', 'zorgen'], ['zorgen-wat', 'bankpas'], ['pas', 'pas-gegeven']],
    primary: 'bank', others: ['politie', 'meld-misdaad-anoniem'], blocks: ['for-someone'],
  },
];

async function answer(page: Page, question: string, option: string) {
  await expect(page.locator(`.wz-question[data-step="${question}"]`)).toBeVisible();
  await page.check(`#${question}-${option}`);
  await page.locator('form.wz-form button[type="submit"]').click();
}

async function clearFlow(page: Page) {
  await page.evaluate(() => sessionStorage.clear());
}

for (const lang of ['nl', 'en'] as const) {
  test.describe(`melden scenarios (${lang})`, () => {
    for (const s of scenarios) {
      test(`${lang}: ${s.name}`, async ({ page }) => {
        const watch = watchProblems(page);
        await page.goto(`/${lang}/melden`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // The start says plainly that Waakzaam sends nothing itself.
        await expect(page.locator('[data-testid="sends-nothing"]')).toBeVisible();
        for (const [q, o] of s.answers) {
          await expect(page.locator(`.wz-question[data-step="${q}"]`)).toBeVisible();
          await expectAxeClean(page, `${lang} ${q}`);
          await answer(page, q, o);
        }
        if (s.emergency) {
          await expect(page).toHaveURL(new RegExp(`/${lang}/melden/spoed$`));
          const call = page.locator('.wz-spoed a[href="tel:112"]');
          await expect(call).toBeVisible();
          await expect(page.locator('.wz-spoed')).not.toContainText('0800-7000');
          // Where to go once the emergency is over.
          const after = await page.locator('.wz-spoed .wz-advice')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
          expect(after).toEqual(['veilig-thuis', 'helpwanted', 'bank']);
          await expectAxeClean(page, `${lang} spoed`);
        } else {
          await expect(page).toHaveURL(new RegExp(`/${lang}/melden/advies$`));
          const primary = page.locator('.wz-advice--primary');
          await expect(primary).toHaveAttribute('data-channel', s.primary!);
          if (s.tel) await expect(primary.locator(`a[href="${s.tel}"]`)).toBeVisible();
          const others = await page.locator('.wz-advice:not(.wz-advice--primary)')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
          expect(others).toEqual(s.others);
          await expect(page.locator('[data-testid="sends-nothing"]')).toBeVisible();
          for (const b of s.blocks ?? []) await expect(page.locator(`[data-testid="${b}"]`)).toBeVisible();
          if (!s.blocks?.includes('for-someone')) await expect(page.locator('[data-testid="for-someone"]')).toHaveCount(0);
          if (s.shows) await expect(page.locator('.wz-page')).toContainText(s.shows[lang], { ignoreCase: true });
          // The answers given, each with a change link, as on the old summary page.
          await expect(page.locator('.wz-summary__row')).toHaveCount(s.answers.length);
          await expectAxeClean(page, `${lang} advies`);
        }
        await clearFlow(page);
        watch.expectNone();
      });
    }
  });
}

test('the advice shows the answers and note as plain text to copy or print', async ({ page }) => {
  const watch = watchProblems(page);
  await page.goto('/nl/melden');
  for (const [q, o] of [OVER, ['wie', 'ik'], ['soort', 'fraude'], ['geld', 'geld-weg']]) await answer(page, q, o);
  await page.fill('#note-what', 'Geld overgemaakt naar een nieuw nummer');
  await page.reload();
  await page.locator('.wz-answers summary').click();
  const text = page.locator('[data-testid="summary-text"]');
  await expect(text).toContainText('Oplichting, phishing of een nep-bericht');
  await expect(text).toContainText('Bel nu uw bank');
  await expect(text).toContainText('Geld overgemaakt naar een nieuw nummer');
  await expect(page.locator('.wz-answers button', { hasText: 'Kopieer' })).toBeVisible();
  await expectAxeClean(page, 'answers as text');
  await clearFlow(page);
  await page.evaluate(() => localStorage.clear());
  watch.expectNone();
});

test('back, forward and reload keep the answers', async ({ page }) => {
  const watch = watchProblems(page);
  await page.goto('/nl/melden');
  await answer(page, 'gevaar', 'voorbij');
  await answer(page, 'wie', 'ik');
  await answer(page, 'soort', 'fraude');
  await answer(page, 'geld', 'geld-weg');
  await expect(page.locator('[data-step="advies"]')).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-step="geld"]')).toBeVisible();
  await expect(page.locator('#geld-geld-weg')).toBeChecked();
  await page.goBack();
  await expect(page.locator('#soort-fraude')).toBeChecked();
  await page.reload();
  await expect(page.locator('#soort-fraude')).toBeChecked();
  await page.goForward();
  await expect(page.locator('#geld-geld-weg')).toBeChecked();
  await page.goForward();
  await expect(page.locator('[data-step="advies"]')).toBeVisible();
  // A change link leads back to the question with the answer kept.
  await page.locator('.wz-summary__actions a').nth(2).click();
  await expect(page).toHaveURL(/\/nl\/melden\/soort$/);
  await expect(page.locator('#soort-fraude')).toBeChecked();
  watch.expectNone();
});

test('an answer from a branch left behind does not colour the advice', async ({ page }) => {
  // "Someone I'm helping", then back to the first question and "only a nuisance, now": the
  // nuisance advice never asked who it was about, so it must not say "you are helping".
  const watch = watchProblems(page);
  await page.goto('/nl/melden');
  await answer(page, 'gevaar', 'voorbij');
  await answer(page, 'wie', 'ander');
  await expect(page.locator('[data-step="soort"]')).toBeVisible();
  await page.goBack();
  await page.goBack();
  await answer(page, 'gevaar', 'overlast-nu');
  await answer(page, 'nu', 'lawaai');
  await expect(page.locator('[data-step="advies"]')).toBeVisible();
  await expect(page.locator('.wz-advice--primary')).toHaveAttribute('data-channel', 'politie');
  await expect(page.locator('[data-testid="for-someone"]')).toHaveCount(0);
  await expect(page.locator('.wz-summary__row')).toHaveCount(2);
  await clearFlow(page);
  watch.expectNone();
});

test('choosing nothing shows an error summary that gets focus', async ({ page }) => {
  await page.goto('/en/melden');
  await page.locator('form.wz-form button[type="submit"]').click();
  const summary = page.locator('.wz-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expectAxeClean(page, 'error state');
});

test('a deep link starts with the danger question, then the right branch', async ({ page }) => {
  await page.goto('/nl/melden/fraude');
  await expect(page).toHaveURL(/\/nl\/melden$/);
  await answer(page, 'gevaar', 'voorbij');
  await answer(page, 'wie', 'ik');
  await expect(page).toHaveURL(/\/nl\/melden\/geld$/);
});

test('an unknown or unreachable step restarts at the nearest valid one, with a message', async ({ page }) => {
  const watch = watchProblems(page);
  await page.goto('/nl/melden/bestaat-niet');
  await expect(page.locator('.wz-question[data-step="gevaar"]')).toBeVisible();
  await expect(page.locator('.wz-notice[role="status"]')).toBeVisible();
  await page.goto('/en/melden/advies');
  await expect(page.locator('.wz-question[data-step="gevaar"]')).toBeVisible();
  await expect(page.locator('.wz-notice[role="status"]')).toBeVisible();
  watch.expectNone();
});

test('answers saved by the previous version of the questions start over calmly, keeping the note', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      sessionStorage.setItem('waakzaam.melden.antwoorden', 'v1;gevaar=nee;soort=straat;anoniem=ja');
      localStorage.setItem('waakzaam.melden.notitie', 'n1;Man bij de auto;Dorpsstraat;;');
    }
  });
  const watch = watchProblems(page);
  await page.goto('/nl/melden/advies');
  await expect(page.locator('.wz-question[data-step="gevaar"]')).toBeVisible();
  await expect(page.locator('.wz-notice[role="status"]').first()).toContainText('De vragen zijn veranderd');
  expect(await page.evaluate(() => localStorage.getItem('waakzaam.melden.notitie'))).toContain('Man bij de auto');
  // Answers of this version keep working after a reload.
  await answer(page, 'gevaar', 'voorbij');
  await page.reload();
  await expect(page.locator('.wz-question[data-step="wie"]')).toBeVisible();
  await page.evaluate(() => localStorage.clear());
  watch.expectNone();
});

test('with storage full the flow still works and says the note is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const watch = watchProblems(page);
  await page.goto('/nl/melden');
  await answer(page, 'gevaar', 'voorbij');
  await answer(page, 'wie', 'ik');
  await answer(page, 'soort', 'thuis');
  await expect(page.locator('.wz-advice--primary')).toHaveAttribute('data-channel', 'veilig-thuis');
  await page.fill('#note-what', 'Geschreeuw bij de buren');
  await expect(page.locator('.wz-note .wz-note__status')).toContainText('niet worden bewaard');
  watch.expectNone();
});

test('the note autosaves, survives reload, warns on the anonymous path and can be deleted', async ({ page }) => {
  await page.goto('/nl/melden');
  await answer(page, 'gevaar', 'voorbij');
  await answer(page, 'wie', 'getuige');
  await answer(page, 'soort', 'ondermijning');
  await answer(page, 'anoniem', 'anoniem-ja');
  await expect(page.locator('.wz-note .wz-warning-text')).toBeVisible();
  await page.fill('#note-what', 'Planten achter het raam');
  await page.fill('#note-place', 'Dorpsstraat');
  await page.reload();
  await expect(page.locator('#note-what')).toHaveValue('Planten achter het raam');
  await expect(page.locator('.wz-note__preview')).toContainText('Waar: Dorpsstraat');
  await page.locator('.wz-note button.wz-button--warning').click();
  await expect(page.locator('#note-what')).toHaveValue('');
  await page.reload();
  await expect(page.locator('#note-what')).toHaveValue('');
  await clearFlow(page);
});

test('the street branch offers SAAR with a ready group message', async ({ page }) => {
  await page.goto('/nl/melden/straat');
  await answer(page, 'gevaar', 'voorbij');
  await answer(page, 'wie', 'getuige');
  await page.fill('#note-what', 'Man kijkt bij auto’s naar binnen');
  await page.locator('a[href="/nl/melden/saar"]').click();
  await expect(page.locator('[data-step="saar"]')).toBeVisible();
  await page.check('#saar-gebeld-ja');
  await expect(page.locator('[data-testid="saar-message"]'))
    .toContainText('Man kijkt bij auto’s naar binnen');
  await expect(page.locator('[data-testid="saar-message"]')).toContainText('112 gebeld: ja');
  await expect(page.locator('[data-testid="saar-onward"]')).toHaveText('Terug naar het advies');
  await expectAxeClean(page, 'saar');
  await page.evaluate(() => localStorage.clear());
});

test('SAAR opened on its own (from a municipality page) leads to the questions, not to a missing advice', async ({ page }) => {
  const watch = watchProblems(page);
  await page.goto('/nl/gemeente/huizen');
  await page.locator('a[href="/nl/melden/saar"]').click();
  await expect(page.locator('[data-step="saar"]')).toBeVisible();
  const onward = page.locator('[data-testid="saar-onward"]');
  await expect(onward).toHaveText('Meld een vermoeden');
  await onward.click();
  await expect(page.locator('.wz-question[data-step="gevaar"]')).toBeVisible();
  // Nothing went wrong on the way: no "this step is not available" notice.
  await expect(page.locator('.wz-notice[role="status"]')).toHaveCount(0);
  watch.expectNone();
});

test('the flow is one tap from the home page', async ({ page }) => {
  await page.goto('/nl/');
  await page.locator('.wz-card--primary a').click();
  await expect(page.locator('.wz-question[data-step="gevaar"]')).toBeVisible();
});

test('on a sensitive branch the note stays in this tab unless the person chooses to keep it', async ({ page }) => {
  const watch = watchProblems(page);
  await page.goto('/nl/melden');
  await answer(page, 'gevaar', 'voorbij');
  await answer(page, 'wie', 'ik');
  await answer(page, 'soort', 'thuis');
  await expect(page.locator('#note-keep')).not.toBeChecked();
  await page.fill('#note-what', 'Mijn partner slaat mij');
  const stored = () => page.evaluate(() => [
    localStorage.getItem('waakzaam.melden.notitie'),
    sessionStorage.getItem('waakzaam.melden.notitie'),
  ]);
  let [local, session] = await stored();
  expect(local).toBeNull();
  expect(session).toContain('Mijn partner slaat mij');
  // A reload in the same tab keeps it.
  await page.reload();
  await expect(page.locator('#note-what')).toHaveValue('Mijn partner slaat mij');
  // Chosen explicitly: kept on the device, and only there.
  await page.check('#note-keep');
  [local, session] = await stored();
  expect(local).toContain('Mijn partner slaat mij');
  expect(session).toBeNull();
  await expectAxeClean(page, 'sensitive note');
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  watch.expectNone();
});

test('a new tab does not show a tab-only note from a sensitive branch', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/nl/melden');
  await answer(page, 'gevaar', 'voorbij');
  await answer(page, 'wie', 'ik');
  await answer(page, 'soort', 'thuis');
  await page.fill('#note-what', 'Geschreeuw');
  const other = await context.newPage();
  await other.goto('/nl/melden/saar');
  await expect(other.locator('[data-step="saar"]')).toBeVisible();
  await expect(other.locator('[data-testid="saar-message"]')).not.toContainText('Geschreeuw');
  await context.close();
});
