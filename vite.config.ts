import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { linkedDocs } from "./build/vite-plugin-docs";
import { presetSummaries } from "./build/vite-plugin-preset-summaries";
import { reactOnPreact } from "./build/react-on-preact";
import { reviewPage } from "./build/vite-plugin-review-page";
import { thirdPartyNoticesPlugins } from "./build/vite-plugin-third-party-notices";

const ROOT = fileURLToPath(new URL(".", import.meta.url));
const notices = thirdPartyNoticesPlugins();

export default defineConfig({
  // The presets' summaries, review-page.html (the single-file review page),
  // THIRD-PARTY-NOTICES.txt and the docs the studio links to: see build/.
  // The JSX transform only: Fast Refresh needs React itself, so an edit reloads the page.
  plugins: [
    react({ refreshExclude: /./ }),
    presetSummaries(),
    reviewPage(),
    notices.page,
    linkedDocs(ROOT),
  ],
  resolve: { alias: reactOnPreact(ROOT) },
  // ES modules, so the meter's worker can load its English data as a chunk of its own.
  worker: { format: "es", plugins: notices.worker },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: {
    sourcemap: true,
    // The meter's chunk (loaded only when a reply is measured) holds its word tables, the GloVe word
    // scores among them: about 590 kB minified, 225 kB gzip. Nothing else comes near 500 kB.
    chunkSizeWarningLimit: 650,
    // Two pages: the studio, and the client's review mode (which loads none of the editor).
    rolldownOptions: {
      input: { index: path.join(ROOT, "index.html"), review: path.join(ROOT, "review.html") },
    },
  },
});
