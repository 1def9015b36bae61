// Builds the Pagefind search index of a built site. Run by the .NET build (Site.Core/Search/IndexSite.cs) on the
// staging folder before it replaces the output, so a failed index fails the build and the old site stays.
//
//   node search/index.mjs <request.json>
//
// The request (written by the build, never published) names the site folder, the base path, the site language and
// the turn records. Pages are added with URLs that include the base path, turns as custom records that land on
// their anchor (/base/transcript/s01/#s01-t03). Prints one JSON line with counts on stdout; errors go to stderr
// and exit with 1.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

// Turns are indexed as records of their own, so their text on section and speaker pages is left out: otherwise
// every turn would be found twice, once as the turn and once as the page around it. Navigation and glossary
// popovers are furniture, not content. The header and footer are already outside data-pagefind-body (<main>).
const EXCLUDE = [
  ".turn",
  ".transcript-nav",
  ".pager",
  ".permalink",
  ".term-popover",
  "[popover]",
  "[role=tooltip]",
  "nav",
];

// Pages that are not content: the 404 page is served at any address and would match everything it says.
const SKIP_PAGES = new Set(["404.html"]);

const fail = (message) => {
  process.stderr.write(message + "\n");
  process.exit(1);
};

const check = (what, response) => {
  if (response.errors?.length) {
    fail(`${what}: ${response.errors.join("; ")}`);
  }
  return response;
};

async function listHtml(folder, relative = "") {
  const found = [];
  for (const entry of await readdir(path.join(folder, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!(relative === "" && entry.name === "pagefind")) {
        found.push(...(await listHtml(folder, child)));
      }
    } else if (entry.name.endsWith(".html") && !SKIP_PAGES.has(child)) {
      found.push(child);
    }
  }
  return found.sort();
}

// about/index.html -> /base/about/ ; notes/x.html -> /base/notes/x.html
const pageUrl = (basePath, relative) =>
  basePath + (relative === "index.html" ? "" : relative.endsWith("/index.html") ? relative.slice(0, -"index.html".length) : relative);

async function main() {
  const requestPath = process.argv[2];
  if (!requestPath) {
    fail("usage: node search/index.mjs <request.json>");
  }

  const started = performance.now();
  const request = JSON.parse(await readFile(requestPath, "utf8"));
  const { site, basePath, language, records } = request;
  // Pagefind keys the index of a page by its <html lang> in lower case (zh-CN -> zh-cn); a turn in "zh-CN" would
  // land in an index of its own that no page ever loads.
  const recordLanguage = String(language).toLowerCase();
  // One index in the site's language, whatever a page's own <html lang> (a transcript's `language`): the search
  // dialog loads the index of the page it is on, so an index per language would hide an English transcript from a
  // search made on the pages of a zh-CN site.
  const { index } = check("cannot create the index", await pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: recordLanguage }));

  let pages = 0;
  for (const relative of await listHtml(site)) {
    const content = await readFile(path.join(site, relative), "utf8");
    // Pages without data-pagefind-body (redirects, a theme that lacks it) are skipped by Pagefind itself.
    const response = check(`cannot index ${relative}`, await index.addHTMLFile({ url: pageUrl(basePath, relative), content }));
    if (response.file) {
      pages++;
    }
  }

  for (const record of records) {
    check(
      `cannot index the turn ${record.url}`,
      await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: recordLanguage,
        meta: { title: record.title, speaker: record.speaker, section: record.section, transcript: record.transcript },
        filters: { speaker: [record.speaker], section: [record.section] },
      }),
    );
  }

  check("cannot write the index", await index.writeFiles({ outputPath: path.join(site, "pagefind") }));
  await pagefind.close();
  process.stdout.write(JSON.stringify({ pages, turns: records.length, milliseconds: Math.round(performance.now() - started) }) + "\n");
}

main().catch((error) => fail(error?.stack ?? String(error)));
