// "Meld een vermoeden": scenarios walked end to end on a phone in both languages, with axe on
// every step; back/forward/reload keep answers; deep links; bad URLs and bad storage.
import { test, expect, type Page } from '@playwright/test';
import { expectAxeClean, watchProblems } from './helpers';

test.use({ viewport: { width: 360, height: 740 } });

type Scenario = {
  name: string;
  answers: [string, string][];
  emergency?: boolean;
  primary?: string;
  tel?: string;
  others?: string[];
};

const scenarios: Scenario[] = [
  { name: 'someone tries door handles right now', answers: [['gevaar', 'ja']], emergency: true },
  {
    name: 'knows where drugs are stored, anonymous',
    answers: [['gevaar', 'nee'], ['soort', 'ondermijning'], ['anoniem', 'ja']],
    primary: 'meld-misdaad-anoniem', tel: 'tel:08007000', others: ['politie'],
  },
  {
    name: 'mother paid after a WhatsApp from a new number',
    answers: [['gevaar', 'nee'], ['soort', 'fraude'], ['geld', 'ja']],
    primary: 'bank', others: ['aangifte-online', 'fraudehelpdesk'],
  },
  {
    name: 'phishing text, nothing paid',
    answers: [['gevaar', 'nee'], ['soort', 'fraude'], ['geld', 'nee']],
    primary: 'fraudehelpdesk', tel: 'tel:0887867372', others: ['bank'],
  },
  {
    name: "neighbours' child is hit, not now",
    answers: [['gevaar', 'nee'], ['soort', 'thuis']],
    primary: 'veilig-thuis', tel: 'tel:08002000', others: [],
  },
  {
    name: 'broken street light in Hilversum',
    answers: [['gevaar', 'nee'], ['soort', 'openbare-ruimte'], ['gemeente', 'hilversum']],
    primary: 'gemeente', tel: 'tel:14035', others: ['politie'],
  },
  {
    name: 'burglary found, burglars gone',
    answers: [['gevaar', 'nee'], ['soort', 'straat'], ['anoniem', 'nee']],
    primary: 'politie', tel: 'tel:09008844', others: ['aangifte-online'],
  },
  {
    name: 'son blackmailed with a photo',
    answers: [['gevaar', 'nee'], ['soort', 'online-jongeren']],
    primary: 'helpwanted', tel: 'tel:0202615275', others: ['politie', 'meldpunt-kinderporno'],
  },
  {
    name: 'contract in my name I never signed',
    answers: [['gevaar', 'nee'], ['soort', 'identiteit']],
    primary: 'identiteitsfraude', tel: 'tel:0889001000', others: ['politie'],
  },
  {
    name: 'youth nuisance every evening',
    answers: [['gevaar', 'nee'], ['soort', 'jeugd']],
    primary: 'politie', tel: 'tel:09008844', others: ['meld-misdaad-anoniem'],
  },
  {
    name: 'confused man in the street, no danger',
    answers: [['gevaar', 'nee'], ['soort', 'verward']],
    primary: 'politie', tel: 'tel:09008844', others: [],
  },
  {
    name: 'something else, anonymous',
    answers: [['gevaar', 'nee'], ['soort', 'anders'], ['anoniem', 'ja']],
    primary: 'meld-misdaad-anoniem', tel: 'tel:08007000', others: ['politie'],
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

for (const lang of ['nl', 'en']) {
  test.describe(`melden scenarios (${lang})`, () => {
    for (const s of scenarios) {
      test(`${lang}: ${s.name}`, async ({ page }) => {
        const watch = watchProblems(page);
        await page.goto(`/${lang}/melden`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
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
          await expectAxeClean(page, `${lang} spoed`);
        } else {
          await expect(page.locator('[data-step="overzicht"]')).toBeVisible();
          await expect(page.locator('.wz-summary__row')).toHaveCount(s.answers.length);
          await expectAxeClean(page, `${lang} overzicht`);
          await page.locator('[data-step="overzicht"] a.wz-button').click();
          const primary = page.locator('.wz-advice--primary');
          await expect(primary).toHaveAttribute('data-channel', s.primary!);
          if (s.tel) await expect(primary.locator(`a[href="${s.tel}"]`)).toBeVisible();
          const others = await page.locator('.wz-advice:not(.wz-advice--primary)')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
          expect(others).toEqual(s.others);
          await expectAxeClean(page, `${lang} advies`);
        }
        await clearFlow(page);
        watch.expectNone();
      });
    }
  });
}

test('back, forward and reload keep the answers', async ({ page }) => {
  const watch = watchProblems(page);
  await page.goto('/nl/melden');
  await answer(page, 'gevaar', 'nee');
  await answer(page, 'soort', 'fraude');
  await answer(page, 'geld', 'ja');
  await expect(page.locator('[data-step="overzicht"]')).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-step="geld"]')).toBeVisible();
  await expect(page.locator('#geld-ja')).toBeChecked();
  await page.goBack();
  await expect(page.locator('#soort-fraude')).toBeChecked();
  await page.reload();
  await expect(page.locator('#soort-fraude')).toBeChecked();
  await page.goForward();
  await expect(page.locator('#geld-ja')).toBeChecked();
  await page.goForward();
  await expect(page.locator('[data-step="overzicht"]')).toBeVisible();
  // A change link leads back to the question with the answer kept.
  await page.locator('.wz-summary__actions a').nth(1).click();
  await expect(page).toHaveURL(/\/nl\/melden\/soort$/);
  await expect(page.locator('#soort-fraude')).toBeChecked();
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
  await answer(page, 'gevaar', 'nee');
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

test('answers saved by an older version are dropped with a message', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      sessionStorage.setItem('waakzaam.melden.antwoorden', 'v1;gevaar=nee;soort=verdwenen');
    }
  });
  const watch = watchProblems(page);
  await page.goto('/nl/melden/overzicht');
  await expect(page.locator('.wz-question[data-step="soort"]')).toBeVisible();
  await expect(page.locator('.wz-notice[role="status"]').first()).toBeVisible();
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
  await answer(page, 'gevaar', 'nee');
  await answer(page, 'soort', 'thuis');
  await page.locator('[data-step="overzicht"] a.wz-button').click();
  await expect(page.locator('.wz-advice--primary')).toHaveAttribute('data-channel', 'veilig-thuis');
  await page.fill('#note-what', 'Geschreeuw bij de buren');
  await expect(page.locator('.wz-note__status')).toContainText('niet worden bewaard');
  watch.expectNone();
});

test('the note autosaves, survives reload, warns on the anonymous path and can be deleted', async ({ page }) => {
  await page.goto('/nl/melden');
  await answer(page, 'gevaar', 'nee');
  await answer(page, 'soort', 'ondermijning');
  await answer(page, 'anoniem', 'ja');
  await page.locator('[data-step="overzicht"] a.wz-button').click();
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
  await answer(page, 'gevaar', 'nee');
  await answer(page, 'anoniem', 'nee');
  await page.locator('[data-step="overzicht"] a.wz-button').click();
  await page.fill('#note-what', 'Man kijkt bij auto’s naar binnen');
  await page.locator('a[href="/nl/melden/saar"]').click();
  await expect(page.locator('[data-step="saar"]')).toBeVisible();
  await page.check('#saar-gebeld-ja');
  await expect(page.locator('[data-testid="saar-message"]'))
    .toContainText('Man kijkt bij auto’s naar binnen');
  await expect(page.locator('[data-testid="saar-message"]')).toContainText('112 gebeld: ja');
  await expectAxeClean(page, 'saar');
  await page.evaluate(() => localStorage.clear());
});

test('the flow is one tap from the home page', async ({ page }) => {
  await page.goto('/nl/');
  await page.locator('.wz-card--primary a').click();
  await expect(page.locator('.wz-question[data-step="gevaar"]')).toBeVisible();
});
