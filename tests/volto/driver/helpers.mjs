// Shared set-up of the Volto run: Debian's chromium in a fresh profile per role, a PNG
// per step, the API calls that failed during a step (so a failure names the request),
// and direct reads of the vetcms API for what each page must show.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const VOLTO_URL = process.env.VOLTO_URL ?? "http://127.0.0.1:3000";
export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8000";
export const PASSWORD = process.env.VETCMS_TEST_PASSWORD;
export const SHOTS = process.env.VOLTO_SHOTS ?? new URL("../shots", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** A browser for one role; ``user`` logs in through Volto's own login form. */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "vetcms-volto-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    locale: "en-GB",
    viewport: { width: 1280, height: 1400 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  context.setDefaultTimeout(20_000);
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Run one step in a new tab and always write ``<name>.png``. A failure's message gets
 * the browser's failed API calls and console errors during the step appended, so the
 * report says which request broke (the server side of each is in the demo's log).
 */
export async function step(context, name, body) {
  const page = await context.newPage();
  const failed = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.includes("++api++") && response.status() >= 400) {
      failed.push(`${response.request().method()} ${url.pathname}${url.search} → ${response.status()}`);
    }
  });
  page.on("console", (message) => {
    // Failed loads are reported above, with their method and address.
    const text = message.text();
    if (message.type() !== "error" || /^Failed to load resource|^Manifest fetch/.test(text)) return;
    failed.push(`console: ${text.slice(0, 300)}`);
  });
  page.on("pageerror", (error) => failed.push(`page error: ${String(error).slice(0, 300)}`));
  try {
    return await body(page);
  } catch (error) {
    if (failed.length) {
      // The reporter prints the stack, which holds the message it was made with.
      const extra = `\n  failed during the step:\n    ${[...new Set(failed)].join("\n    ")}`;
      error.stack = String(error.stack).replace(error.message, error.message + extra);
      error.message += extra;
    }
    throw error;
  } finally {
    // The window, not the full page: the demo's wide navigation makes a full-page capture
    // as wide as the menu, and Volto lays out its toolbar and forms badly in that size.
    await page.screenshot({ path: join(SHOTS, `${name}.png`) }).catch(() => {});
    await page.close();
  }
}

/** Volto's content area (the breadcrumbs and the navigation are outside it). */
export async function mainText(page) {
  await page.waitForSelector(".content-area main", { state: "attached" });
  return (await page.locator(".content-area main").innerText()).replace(/\s+/g, " ");
}

/** Waits until every text is in the content area, else says which are missing. */
export async function assertShows(page, texts) {
  const wanted = texts.filter(Boolean).map((t) => t.replace(/\s+/g, " ").trim());
  let shown = "";
  for (let i = 0; i < 20; i += 1) {
    shown = await mainText(page).catch(() => "");
    if (wanted.every((t) => shown.includes(t))) return;
    await page.waitForTimeout(500);
  }
  const missing = wanted.filter((t) => !shown.includes(t));
  assert.fail(
    `${page.url()} does not show ${JSON.stringify(missing)} in its content area; it shows: ` +
      JSON.stringify(shown.slice(0, 400)),
  );
}

/** Volto's login form, as a person would use it. */
export async function logIn(context, username) {
  await step(context, `login-${username}`, async (page) => {
    await page.goto(`${VOLTO_URL}/login`);
    await page.fill("#login", username);
    await page.fill("#password", PASSWORD);
    await page.click("#login-form-submit");
    await page.waitForSelector("#toolbar", { timeout: 20_000 });
  });
}

// ---- the vetcms API directly, for what the pages must show --------------------------

const tokens = {};

export async function api(path, { user, method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  if (user) headers.Authorization = `Bearer ${await token(user)}`;
  if (body) headers["Content-Type"] = "application/json";
  const response = await fetch(`${BASE_URL}/++api++${path}`, {
    method, headers, body: body && JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? safeJson(text) : null, text };
}

export async function apiJson(path, options) {
  const { status, json, text } = await api(path, options);
  assert.equal(status, 200, `GET ${path} → ${status}: ${text.slice(0, 300)}`);
  return json;
}

async function token(user) {
  if (!tokens[user]) {
    const response = await fetch(`${BASE_URL}/++api++/@login`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ login: user, password: PASSWORD }),
    });
    assert.equal(response.status, 200, `@login as ${user} → ${response.status}`);
    tokens[user] = (await response.json()).token;
  }
  return tokens[user];
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A path under the site from an API ``@id`` (any host). */
export function pathOf(id) {
  return new URL(id).pathname.replace(/^\/\+\+api\+\+/, "").replace(/\/$/, "") || "/";
}

/** Plain text of an HTML fragment, the first ``words`` words. */
export function plain(html, words = 8) {
  const text = String(html ?? "").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"')
    .replace(/\s+/g, " ").trim();
  return text.split(" ").slice(0, words).join(" ");
}
