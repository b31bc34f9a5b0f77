import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/App";
import { StudioProvider } from "./ui/studio-context";
import { createStudio } from "./stores/studio";
import { PRESETS } from "./stores/presets";
import "./ui/styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// One tab id per page load: it tells this tab's saves from other tabs' in the shared library.
// randomUUID exists only in secure contexts (https, localhost); a LAN address gets the fallback.
const tabId = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const studio = createStudio({ tabId, now: Date.now, presets: PRESETS });

createRoot(root).render(
  <StrictMode>
    <StudioProvider studio={studio}>
      <App />
    </StudioProvider>
  </StrictMode>,
);
