import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/app";
import { StudioProvider } from "./ui/studio-context";
import { createStudio } from "./stores/studio";
import { loadWarnings } from "./stores/compiler";
import { LIBRARY_KEY } from "./stores/library-store";
import { PRESET_SUMMARIES } from "./stores/preset-summaries";
import { resolveUiLanguage } from "./stores/settings-store";
import { messagesIn } from "./ui/i18n";
import { shellMessages } from "./ui/i18n/messages/shell";
import "./ui/styles.css";

const element = document.getElementById("root");
if (!element) throw new Error("index.html has no #root element");
const root = createRoot(element);

// randomUUID exists only in secure contexts (https, localhost); a LAN address gets the fallback.
const tabId =
  globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

// The validator (zod) and the compiler's warnings arrive as their own chunks, fetched at
// once; the shell's first paint does not wait for them.
const loading = Promise.all([import("./core/persona/lazy-codec"), loadWarnings()]);

// The presets only when something needs them (see presets-store.ts); a first launch opens a
// copy of one, so it fetches them beside the rest. The browser fetches a module once.
const loadPresets = () => import("./stores/presets").then((module) => module.PRESETS);
if (firstLaunch()) loadPresets().catch(() => {});

function firstLaunch(): boolean {
  try {
    return localStorage.getItem(LIBRARY_KEY) === null;
  } catch {
    return false;
  }
}

loading
  .then(([codec]) => {
    const studio = createStudio({
      tabId,
      now: Date.now,
      presets: { summaries: PRESET_SUMMARIES, load: loadPresets },
      codec,
    });
    root.render(
      <StrictMode>
        <StudioProvider studio={studio}>
          <App />
        </StudioProvider>
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    // No studio, so no remembered language: the URL's or the browser's.
    const language = resolveUiLanguage(window.location.search, null, navigator.languages ?? []);
    element.textContent = messagesIn(shellMessages, language).cannotStart(String(error));
    element.setAttribute("role", "alert");
  });
