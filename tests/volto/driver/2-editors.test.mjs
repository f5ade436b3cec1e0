// An editor (Wagtail's Editors group, `schema-editor`) works through Volto: edits a
// page's title and a body paragraph and sees them after saving, publishes through the
// workflow menu (then an anonymous reader sees the change), adds a standard page with a
// body from the Add menu, and adds its Finnish translation from "Add Translation…".
// Last, the Finnish translator opens that translation (a draft) and is offered no
// Publish. Each step uses the previous one's page, so they run in order.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { appendToFirstParagraph, openForm, save, setTitle } from "./forms.mjs";
import { VOLTO_URL, api, apiJson, assertShows, logIn, openBrowser, step } from "./helpers.mjs";

const EDITOR = "schema-editor";
const TRANSLATOR = "api-fi";
const stamp = new Date().toISOString().slice(11, 19);
import { EDITED } from "./pages.mjs";
const edited = { title: `Legal notice (edited in Volto ${stamp})`, sentence: ` Edited in Volto at ${stamp}.` };
const added = { title: `Added in Volto ${stamp}`, sentence: `A body paragraph typed in Volto at ${stamp}.` };
const translated = { title: `Lisätty Voltossa ${stamp}`, sentence: `Voltossa kirjoitettu kappale ${stamp}.` };
const state = {};

let editor;
let reader;
before(async () => {
  editor = await openBrowser();
  reader = await openBrowser();
  await logIn(editor.context, EDITOR);
});
after(async () => {
  await editor?.close();
  await reader?.close();
});

/** Says what ``@types`` offered when the form had no body to type in. */
async function bodyProblem(noBody, path) {
  if (!noBody) return null;
  const type = (await apiJson(path, { user: EDITOR }))["@type"];
  const schema = await apiJson(`${path}/@types/${encodeURIComponent(type)}`, { user: EDITOR });
  return `${noBody}; GET ${path}/@types/${type} offers ${JSON.stringify(Object.keys(schema.properties ?? {}))}`;
}

function needs(key, what) {
  assert.ok(state[key], `needs ${what} from an earlier step, which failed`);
  return state[key];
}

/** The texts a saved form must show: the title, and the sentence if it could be typed. */
const shown = (what, noBody) => (noBody ? [what.title] : [what.title, what.sentence.trim()]);

test("editor: edits a page's title and a body paragraph and sees them after saving", async () => {
  let noBody;
  await step(editor.context, "editor-1-edit", async (page) => {
    await page.goto(`${VOLTO_URL}${EDITED}/edit`);
    const form = await openForm(page);
    await setTitle(page, form, edited.title);
    noBody = await appendToFirstParagraph(page, form, edited.sentence);
    await save(page, "PATCH", "editor-1-edit-form");
    await page.waitForURL((url) => !url.pathname.endsWith("/edit"));
    state.edited = { path: EDITED, texts: shown(edited, noBody) };
    await assertShows(page, state.edited.texts);
  });
  const read = await apiJson(EDITED, { user: EDITOR });
  assert.equal(read.title, edited.title, "the editor's API read after the save");
  assert.ok(!noBody, await bodyProblem(noBody, EDITED));
});

test("editor: publishes the edit from the workflow menu; an anonymous reader sees it", async () => {
  const { path, texts } = needs("edited", "the saved edit");
  await step(editor.context, "editor-2-publish", async (page) => {
    await page.goto(`${VOLTO_URL}${path}`);
    await page.click("#toolbar-more");
    const select = page.locator(".state-select .react-select__control");
    await select.waitFor();
    await select.click();
    const options = page.locator(".state-select .react-select__option");
    await options.first().waitFor({ timeout: 10_000 }).catch(() => {});
    const labels = await options.allInnerTexts();
    const publish = options.filter({ hasText: /^\s*Publish\s*$/i });
    assert.ok(await publish.count(), `the workflow menu offers no Publish; it offers ${JSON.stringify(labels)}`);
    const transition = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("@workflow/"));
    await publish.first().click();
    const response = await transition;
    assert.ok(response.status() < 300,
      `POST ${new URL(response.url()).pathname} → ${response.status()} ${(await response.text()).slice(0, 300)}`);
  });
  await step(reader.context, "editor-3-published-anonymous", async (page) => {
    await page.goto(`${VOLTO_URL}${path}`);
    await assertShows(page, texts);
  });
});

test("editor: adds a standard page with a body from the Add menu", async () => {
  let noBody;
  await step(editor.context, "editor-4-add", async (page) => {
    await page.goto(`${VOLTO_URL}/en`);
    await page.click("#toolbar-add");
    const types = page.locator('a[id^="toolbar-add-"]');
    await types.first().waitFor();
    const offered = await types.allInnerTexts();
    const standard = types.filter({ hasText: /^\s*(Standard page|Page|Document)\s*$/i });
    assert.ok(await standard.count(), `the Add menu offers no standard page; it offers ${JSON.stringify(offered)}`);
    await standard.first().click();
    await page.waitForURL(/\/add\?type=/);
    const form = await openForm(page);
    await setTitle(page, form, added.title);
    noBody = await appendToFirstParagraph(page, form, added.sentence);
    await save(page, "POST", "editor-4-add-form");
    await page.waitForURL((url) => !url.pathname.endsWith("/add"));
    state.added = new URL(page.url()).pathname.replace(/\/$/, "");
    await assertShows(page, shown(added, noBody));
  });
  const read = await apiJson(state.added, { user: EDITOR });
  assert.equal(read.title, added.title);
  assert.ok(!noBody, await bodyProblem(noBody, state.added));
});

test("editor: adds the page's Finnish translation from Add Translation…", async () => {
  const path = needs("added", "the added page");
  let noBody;
  await step(editor.context, "editor-5-translate", async (page) => {
    await page.goto(`${VOLTO_URL}${path}`);
    await page.click("#toolbar-add");
    const translate = page.locator("a.item", { hasText: /Translate to suomi/i });
    await translate.waitFor({ timeout: 10_000 }).catch(() => {
      assert.fail("the Add menu offers no 'Translate to suomi' (Add Translation…)");
    });
    await translate.click();
    await page.waitForURL(/\/fi(\/.*)?\/add\?type=/, { timeout: 30_000 });
    const form = await openForm(page, { translation: true });
    await setTitle(page, form, translated.title);
    noBody = await appendToFirstParagraph(page, form, translated.sentence);
    await save(page, "POST", "editor-5-translate-form");
    await page.waitForURL((url) => !url.pathname.endsWith("/add"));
    await assertShows(page, shown(translated, noBody));
  });
  const source = await apiJson(`${path}?expand=translations`, { user: EDITOR });
  const fi = source["@components"].translations.items.find((t) => t.language === "fi");
  assert.ok(fi, `${path} lists no Finnish translation: ${JSON.stringify(source["@components"].translations)}`);
  state.translated = new URL(fi["@id"]).pathname;
  await step(editor.context, "editor-6-manage-translations", async (page) => {
    await page.goto(`${VOLTO_URL}${path}/manage-translations`);
    await page.locator("#page-manage-translations").waitFor();
    const row = page.locator("#page-manage-translations tr", { hasText: "Suomi" });
    assert.ok((await row.innerText()).includes(state.translated), await row.innerText());
  });
  assert.ok(!noBody, await bodyProblem(noBody, state.translated));
});

test("translator: the Finnish translator is offered no Publish and the API refuses it", async () => {
  const path = state.translated ?? (await finnishDraft());
  const translator = await openBrowser();
  try {
    await logIn(translator.context, TRANSLATOR);
    await step(translator.context, "translator-1-no-publish", async (page) => {
      await page.goto(`${VOLTO_URL}${path}`);
      const workflow = page.waitForResponse(
        (r) => r.request().method() === "GET" && r.url().includes("/@workflow"), { timeout: 15_000 },
      ).catch(() => null);
      await page.click("#toolbar-more");
      const select = page.locator(".state-select .react-select__control");
      await select.waitFor();
      const offered = (await (await workflow)?.json().catch(() => null))?.transitions ?? [];
      assert.ok(!offered.some((t) => t["@id"].endsWith("/publish")),
        `@workflow offers the translator ${JSON.stringify(offered.map((t) => t.title))}`);
      await select.click();
      const labels = await page.locator(".state-select .react-select__option").allInnerTexts();
      assert.ok(!labels.some((l) => /^\s*(Publish|Julkaise)\s*$/i.test(l)), `the menu offers ${JSON.stringify(labels)}`);
    });
  } finally {
    await translator.close();
  }
  const refused = await api(`${path}/@workflow/publish`, { user: TRANSLATOR, method: "POST", body: {} });
  assert.ok([401, 403].includes(refused.status),
    `POST ${path}/@workflow/publish as ${TRANSLATOR} → ${refused.status} ${refused.text.slice(0, 200)}`);
});

/** A Finnish draft made through the API when Volto's translation step did not make one. */
async function finnishDraft() {
  const made = await api("/fi", {
    user: "api-admin", method: "POST",
    body: { "@type": "StandardPage", title: `Luonnos ${stamp}`, summary: "Luonnos kääntäjälle." },
  });
  assert.equal(made.status, 201, `POST /fi as api-admin → ${made.status} ${made.text.slice(0, 300)}`);
  return new URL(made.json["@id"]).pathname;
}
