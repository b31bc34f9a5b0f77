/**
 * Several studio tabs over one localStorage, the way Chromium shares it: each tab reads and
 * writes its own copy at once, and the browser applies the writes in order and tells every
 * other tab later (a "storage" event), skipping a key in a tab that has its own write to it
 * still on the way. Two tabs that save before hearing of each other's save are two tabs
 * saving "in the same millisecond".
 */
import * as codec from "../../src/core/persona/lazy-codec";
import { createStudio, type Studio } from "../../src/stores/studio";
import type { Persona } from "../../src/core/persona/schema";

interface Write {
  from: Tab;
  key: string;
  value: string | null;
}

/** The Storage interface over one tab's copy; writes also go to the browser's queue. */
class TabStorage {
  readonly copy = new Map<string, string>();
  constructor(
    private readonly tab: Tab,
    private readonly browser: SharedStorage,
  ) {}
  get length(): number {
    return this.copy.size;
  }
  key(index: number): string | null {
    return [...this.copy.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.copy.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    // As the spec says: writing the value a key already has changes nothing and tells nobody.
    if (this.copy.get(key) === String(value)) return;
    this.copy.set(key, String(value));
    this.browser.queue.push({ from: this.tab, key, value: String(value) });
  }
  removeItem(key: string): void {
    if (!this.copy.has(key)) return;
    this.copy.delete(key);
    this.browser.queue.push({ from: this.tab, key, value: null });
  }
  clear(): void {
    for (const key of this.copy.keys()) this.removeItem(key);
  }
}

export interface Tab {
  id: string;
  studio: Studio;
  storage: TabStorage;
  events: EventTarget;
  /** Runs `action` with this tab's storage as globalThis.localStorage. */
  act<T>(action: (studio: Studio) => T): T;
}

export class SharedStorage {
  /** The browser's own copy: what a tab opened now would read. */
  readonly stored = new Map<string, string>();
  readonly queue: Write[] = [];
  readonly tabs: Tab[] = [];

  constructor(private readonly options: { now: () => number; presets: readonly Persona[] }) {}

  /** Opens a tab on what the browser holds now, and starts it as the studio does. */
  open(id: string): Tab {
    const events = new EventTarget();
    const tab = { id, events } as Tab;
    tab.storage = new TabStorage(tab, this);
    for (const [key, value] of this.stored) tab.storage.copy.set(key, value);
    tab.act = <T>(action: (studio: Studio) => T): T => {
      const saved = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
      Object.defineProperty(globalThis, "localStorage", { value: tab.storage, configurable: true });
      try {
        return action(tab.studio);
      } finally {
        if (saved) Object.defineProperty(globalThis, "localStorage", saved);
      }
    };
    tab.act(() => {
      tab.studio = createStudio({
        tabId: id,
        now: this.options.now,
        presets: this.options.presets,
        codec,
      });
      tab.studio.connectTabs(events as unknown as Window);
    });
    this.tabs.push(tab);
    return tab;
  }

  /**
   * Applies queued writes in order and tells the other tabs, until no tab writes any more
   * (a tab may write while handling an event: a merge, a copy).
   */
  settle(): void {
    for (let rounds = 0; this.queue.length > 0; rounds++) {
      if (rounds > 10_000) throw new Error("the tabs keep writing: they never settle");
      const write = this.queue.shift()!;
      if ((this.stored.get(write.key) ?? null) === write.value) continue;
      if (write.value === null) this.stored.delete(write.key);
      else this.stored.set(write.key, write.value);
      for (const tab of this.tabs) {
        if (tab === write.from) continue;
        const ownWriteOnTheWay = this.queue.some((w) => w.from === tab && w.key === write.key);
        if (!ownWriteOnTheWay) {
          if (write.value === null) tab.storage.copy.delete(write.key);
          else tab.storage.copy.set(write.key, write.value);
        }
        tab.act(() =>
          tab.events.dispatchEvent(
            Object.assign(new Event("storage"), { key: write.key, newValue: write.value }),
          ),
        );
      }
    }
  }
}
