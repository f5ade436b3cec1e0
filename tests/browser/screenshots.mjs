// PNGs of the readers' site for reviewers: in each language the home page, the practice
// listing and the ambassadors page with its map, at desktop width, and a practice page
// at a phone's width (390 px). Run through screenshots.sh, or with BASE_URL set:
//   BASE_URL=http://127.0.0.1:8000 node tests/browser/screenshots.mjs [out-dir]
import { mkdirSync } from "node:fs";
import { join } from "node:path";

import { BASE_URL, openBrowser } from "./helpers.mjs";

const out = process.argv[2] ?? process.env.SCREENSHOTS ?? "screenshots";
const LANGUAGES = ["en", "fi", "nl", "et", "lv"];
mkdirSync(out, { recursive: true });

async function sectionLinks(page, lang) {
  await page.goto(`${BASE_URL}/${lang}/`);
  return page.locator("nav.main-nav a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
}

async function shoot(page, url, file) {
  await page.goto(BASE_URL + url);
  await page.screenshot({ path: join(out, file), fullPage: true });
  console.log(`${file}  ${url}`);
}

const browser = await openBrowser();
try {
  const page = await browser.context.newPage();
  for (const lang of LANGUAGES) {
    await page.setViewportSize({ width: 1280, height: 900 });
    const sections = await sectionLinks(page, lang);
    const [practices] = sections;
    const ambassadors = sections[sections.length - 1];
    await shoot(page, `/${lang}/`, `${lang}-home.png`);
    await shoot(page, practices, `${lang}-practices.png`);
    await shoot(page, ambassadors, `${lang}-ambassadors-map.png`);
    await shoot(page, `/${lang}/no-such-page/`, `${lang}-404.png`);
    await page.goto(BASE_URL + practices);
    const practice = await page.locator("main article h2 a").first().getAttribute("href");
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, practice, `${lang}-practice-390px.png`);
  }
} finally {
  await browser.close();
}
