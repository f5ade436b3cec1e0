// Shared set-up of the browser tests: Debian's chromium in a fresh profile, a screenshot
// and the page's HTML kept for every failed step, and axe-core's checks.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8000";
const ARTIFACTS = process.env.ARTIFACTS ?? new URL("./artifacts", import.meta.url).pathname;
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "vetcms-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    acceptDownloads: true,
    locale: "en-GB",
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  context.setDefaultTimeout(15_000);
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Run ``body(page)`` in a new tab; on failure keep a screenshot and the HTML. */
export async function inPage(context, name, body) {
  const page = await context.newPage();
  try {
    await body(page);
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, name.replace(/[^\w-]+/g, "_"));
    await page.screenshot({ path: `${file}.png`, fullPage: true }).catch(() => {});
    writeFileSync(`${file}.html`, await page.content().catch(() => ""));
    throw error;
  } finally {
    await page.close();
  }
}

/** axe-core's WCAG 2.x A/AA and best-practice rules; the serious and critical ones. */
export async function seriousViolations(page) {
  // Evaluated through the devtools protocol, not a <script>: the reader site's
  // Content-Security-Policy (script-src 'self') rightly blocks inline scripts.
  await page.evaluate(readFileSync(AXE_SOURCE, "utf8"));
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    }),
  );
  if (!result.passes.length) throw new Error("axe-core ran no rule");
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}
