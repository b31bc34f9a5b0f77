import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/app";
import { StudioProvider } from "./ui/studio-context";
import { createStudio } from "./stores/studio";
import "./ui/styles.css";

const element = document.getElementById("root");
if (!element) throw new Error("index.html has no #root element");
const root = createRoot(element);

// randomUUID exists only in secure contexts (https, localhost); a LAN address gets the fallback.
const tabId = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

// The validator (zod) and the presets arrive as their own chunk, fetched at once; the
// shell's first paint does not wait for them.
const loading = Promise.all([import("./core/persona/door"), import("./stores/presets")]);

loading
  .then(([door, { PRESETS }]) => {
    const studio = createStudio({ tabId, now: Date.now, presets: PRESETS, door });
    root.render(
      <StrictMode>
        <StudioProvider studio={studio}>
          <App />
        </StudioProvider>
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    element.textContent = `Psydesign Studio could not start: ${String(error)}. Reload the page to try again.`;
    element.setAttribute("role", "alert");
  });
