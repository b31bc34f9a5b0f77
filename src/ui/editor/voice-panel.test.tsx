import { options, type VNode } from "preact";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { VoicePanel } from "./voice-panel";
import { DimensionSlider } from "./dimension-slider";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { compile } from "../../core/compiler/compile";
import { CATALOG, bandOf } from "../../core/persona/catalog";
import { setAddress, setLanguage, setVoice } from "../../core/persona/edits";
import type { DimensionId } from "../../core/persona/schema";
import { warningsStore } from "../../stores/compiler";

const NAMES: [DimensionId, string, string][] = [
  ["warmth", "Warmth", "Chaleur"],
  ["humor", "Humor", "Humour"],
  ["enthusiasm", "Enthusiasm", "Enthousiasme"],
  ["register", "Register", "Registre"],
  ["institutional", "Institutional language", "Langage institutionnel"],
  ["verbosity", "Verbosity", "Longueur"],
  ["emoji", "Emoji", "Émojis"],
];

/** Puts a dimension at a level through the store, as another control would. */
function set(studio: ReturnType<typeof renderStudio>["studio"], id: DimensionId, level: number) {
  act(() => studio.edit(setVoice(id, level)));
}

/**
 * Drags a slider through the given levels: the pointer goes down, the browser sets the
 * input's value at each position (an input event each) (jsdom has no layout to do it), and the pointer goes up.
 */
function drag(name: string, levels: number[]) {
  const input = screen.getByRole("slider", { name });
  fireEvent.pointerDown(input, { pointerId: 1, button: 0 });
  for (const level of levels) fireEvent.input(input, { target: { value: String(level) } });
  fireEvent.pointerUp(input, { pointerId: 1 });
}

/** Preact's hook called as each component renders (options.__r, as its devtools use it). */
const RENDER_HOOK = "__r";

describe("VoicePanel sliders", () => {
  it.each(NAMES)("names the %s slider %s and reads its value and band", (id, en) => {
    const { studio } = renderStudio(<VoicePanel />);
    const level = studio.openPersona()!.voice[id];
    const thumb = screen.getByRole("slider", { name: en });
    expect(thumb).toHaveValue(String(level));
    expect(thumb).toHaveAttribute("aria-valuetext", `${level} — ${bandOf(id, level).name.en}`);
  });

  it.each(NAMES)("names the %s slider %s in the French UI", (_id, _en, fr) => {
    renderStudio(<VoicePanel />, { lang: "fr" });
    expect(screen.getByRole("slider", { name: fr })).toBeInTheDocument();
  });

  it.each([
    ["{ArrowRight}", 40, 41],
    ["{ArrowLeft}", 40, 39],
    ["{PageUp}", 40, 50],
    ["{PageDown}", 40, 30],
    ["{Home}", 40, 0],
    ["{End}", 40, 100],
    ["{ArrowUp}", 40, 41],
    ["{ArrowDown}", 40, 39],
    ["{Shift>}{ArrowRight}{/Shift}", 40, 50],
    ["{Shift>}{ArrowLeft}{/Shift}", 40, 30],
    ["{ArrowRight}", 100, 100],
    ["{PageDown}", 5, 0],
  ])("moves warmth with %s from %i to %i", async (key, from, to) => {
    const { studio } = renderStudio(<VoicePanel />);
    set(studio, "warmth", from);
    screen.getByRole("slider", { name: "Warmth" }).focus();
    await userEvent.keyboard(key);
    expect(studio.openPersona()!.voice.warmth).toBe(to);
  });

  it("leaves a key with Control to the studio's shortcuts", async () => {
    const { studio } = renderStudio(<VoicePanel />);
    set(studio, "warmth", 40);
    const input = screen.getByRole("slider", { name: "Warmth" });
    input.focus();
    // Not handled, so not prevented: the browser (or the undo shortcut) may take it.
    expect(fireEvent.keyDown(input, { key: "End", ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(input, { key: "End" })).toBe(false);
    expect(studio.openPersona()!.voice.warmth).toBe(100);
  });

  it("takes a value set by assistive technology, with no key or pointer", () => {
    const { studio } = renderStudio(<VoicePanel />);
    set(studio, "verbosity", 40);
    fireEvent.input(screen.getByRole("slider", { name: "Verbosity" }), {
      target: { value: "45" },
    });
    expect(studio.openPersona()!.voice.verbosity).toBe(45);
    expect(screen.getByRole("slider", { name: "Verbosity" })).toHaveValue("45");
  });

  it("shows the new band's name and description when a key crosses a boundary", async () => {
    const { studio } = renderStudio(<VoicePanel />);
    set(studio, "register", 59);
    const [consultative, formal] = [CATALOG.register.bands[2], CATALOG.register.bands[3]];
    expect(screen.getByText(consultative.description.en)).toBeInTheDocument();
    const thumb = screen.getByRole("slider", { name: "Register" });
    thumb.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuetext", `60 — ${formal.name.en}`);
    expect(screen.getByText(formal.description.en)).toBeInTheDocument();
    expect(screen.queryByText(consultative.description.en)).not.toBeInTheDocument();
    expect(screen.getByText(formal.name.en, { selector: ".ed-band-name" })).toBeInTheDocument();
  });

  it("shows the band's example in the persona's language, marked with it", () => {
    const { studio } = renderStudio(<VoicePanel />);
    act(() => studio.edit(setLanguage("fr")));
    const level = studio.openPersona()!.voice.warmth;
    const example = screen.getByText(bandOf("warmth", level).example.fr);
    expect(example.closest("[lang]")).toHaveAttribute("lang", "fr");
    // The band's name stays in the UI language.
    expect(screen.getAllByText(bandOf("warmth", level).name.en).length).toBeGreaterThan(0);
  });

  it("makes a burst of key presses one undo step, and a press after a pause another", async () => {
    // Only the clock is faked: the burst is told apart by Date.now, user-event keeps its timers.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const { studio } = renderStudio(<VoicePanel />);
      set(studio, "humor", 30);
      screen.getByRole("slider", { name: "Humor" }).focus();
      await userEvent.keyboard("{ArrowRight}{ArrowRight}");
      vi.advanceTimersByTime(600);
      await userEvent.keyboard("{ArrowRight}");
      vi.advanceTimersByTime(1500);
      await userEvent.keyboard("{ArrowRight}{ArrowRight}");
      expect(studio.openPersona()!.voice.humor).toBe(35);
      act(() => studio.undo());
      expect(studio.openPersona()!.voice.humor).toBe(33);
      act(() => studio.undo());
      expect(studio.openPersona()!.voice.humor).toBe(30);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps key bursts on two sliders apart", async () => {
    const { studio } = renderStudio(<VoicePanel />);
    set(studio, "humor", 30);
    set(studio, "warmth", 40);
    screen.getByRole("slider", { name: "Humor" }).focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    screen.getByRole("slider", { name: "Warmth" }).focus();
    await userEvent.keyboard("{ArrowLeft}");
    act(() => studio.undo());
    expect(studio.openPersona()!.voice).toMatchObject({ humor: 32, warmth: 40 });
    act(() => studio.undo());
    expect(studio.openPersona()!.voice).toMatchObject({ humor: 30, warmth: 40 });
  });

  it("makes a pointer drag one undo step", () => {
    const { studio } = renderStudio(<VoicePanel />);
    set(studio, "enthusiasm", 50);
    drag("Enthusiasm", [55, 62, 70]);
    expect(studio.openPersona()!.voice.enthusiasm).toBe(70);
    act(() => studio.undo());
    expect(studio.openPersona()!.voice.enthusiasm).toBe(50);
  });

  it("keeps a drag that follows key presses a step of its own", async () => {
    const { studio } = renderStudio(<VoicePanel />);
    set(studio, "enthusiasm", 50);
    screen.getByRole("slider", { name: "Enthusiasm" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    drag("Enthusiasm", [60, 80]);
    drag("Enthusiasm", [80, 90]);
    act(() => studio.undo());
    expect(studio.openPersona()!.voice.enthusiasm).toBe(80);
    act(() => studio.undo());
    expect(studio.openPersona()!.voice.enthusiasm).toBe(51);
  });

  it("does not re-render a slider when another one moves", async () => {
    // Counts the Warmth slider's renders.
    const hooks = options as unknown as Record<string, ((vnode: VNode) => void) | undefined>;
    const before = hooks[RENDER_HOOK];
    let renders = 0;
    hooks[RENDER_HOOK] = (vnode) => {
      const type = vnode.type as { name?: string };
      const props = vnode.props as { id?: string };
      if (type.name === "DimensionSlider" && props.id === "warmth") renders++;
      before?.(vnode);
    };
    onTestFinished(() => {
      hooks[RENDER_HOOK] = before;
    });
    const { studio } = renderStudio(
      <>
        <DimensionSlider id="warmth" />
        <DimensionSlider id="humor" />
      </>,
    );
    expect(renders).toBeGreaterThan(0);
    renders = 0;
    screen.getByRole("slider", { name: "Humor" }).focus();
    await userEvent.keyboard("{End}");
    expect(studio.openPersona()!.voice.humor).toBe(100);
    expect(renders).toBe(0);
    set(studio, "warmth", 3);
    expect(renders).toBeGreaterThan(0);
  });
});

/** The sliders inside a titled section of the panel, by accessible name. */
const sliders = (section: string) =>
  within(screen.getByRole("group", { name: section }))
    .getAllByRole("slider")
    .map((s) => s.getAttribute("aria-label"));

describe("VoicePanel sections", () => {
  it.each([
    ["en", ["Tone", "Register and address", "Institutional language", "Length and emoji"]],
    ["fr", ["Ton", "Registre et adresse", "Langage institutionnel", "Longueur et émojis"]],
  ] as const)("titles its sections in %s", (lang, titles) => {
    renderStudio(<VoicePanel />, { lang });
    for (const title of titles)
      expect(screen.getByRole("heading", { level: 3, name: title })).toBeInTheDocument();
  });

  it("puts each slider in its section", () => {
    renderStudio(<VoicePanel />);
    expect(sliders("Tone")).toEqual(["Warmth", "Humor", "Enthusiasm"]);
    expect(sliders("Register and address")).toEqual(["Register"]);
    expect(sliders("Institutional language")).toEqual(["Institutional language"]);
    expect(sliders("Length and emoji")).toEqual(["Verbosity", "Emoji"]);
  });
});

describe("VoicePanel address", () => {
  it("switches between informal and formal address", async () => {
    const { studio } = renderStudio(<VoicePanel />);
    act(() => studio.edit(setAddress("formal")));
    const group = screen.getByRole("radiogroup", { name: "Address" });
    await userEvent.click(
      within(group).getByRole("radio", { name: "Informal (tu / first names)" }),
    );
    expect(studio.openPersona()!.address).toBe("informal");
    await userEvent.click(
      within(group).getByRole("radio", { name: "Formal (vous / courtesy titles)" }),
    );
    expect(studio.openPersona()!.address).toBe("formal");
    expect(
      within(group).getByRole("radio", { name: "Formal (vous / courtesy titles)" }),
    ).toBeChecked();
  });

  it("is named Adresse in the French UI, with tutoiement and vouvoiement", async () => {
    const { studio } = renderStudio(<VoicePanel />, { lang: "fr" });
    act(() => studio.edit(setAddress("formal")));
    const group = screen.getByRole("radiogroup", { name: "Adresse" });
    expect(within(group).getByRole("radio", { name: "Vouvoiement" })).toBeChecked();
    await userEvent.click(within(group).getByRole("radio", { name: "Tutoiement" }));
    expect(studio.openPersona()!.address).toBe("informal");
  });
});

describe("VoicePanel warnings", () => {
  it("shows a warning beside the emoji slider when register is frozen and emoji frequent", () => {
    const { studio } = renderStudio(<VoicePanel />);
    const emoji = screen.getByRole("slider", { name: "Emoji" });
    set(studio, "emoji", 0);
    expect(emoji).toHaveAccessibleDescription("");
    set(studio, "register", 95);
    set(studio, "emoji", 95);
    const warning = compile(studio.openPersona()!).warnings.find((w) =>
      w.paths.includes("voice.emoji"),
    );
    expect(warning).toBeDefined();
    // Beside the slider: its thumb is described by the note, so a screen reader hears it too.
    expect(emoji).toHaveAccessibleDescription(expect.stringContaining(warning!.message));
    expect(
      screen.getAllByRole("note").some((note) => note.textContent?.includes(warning!.message)),
    ).toBe(true);
    expect(screen.getByRole("slider", { name: "Warmth" })).toHaveAccessibleDescription("");
  });

  it("shows the address warnings beside the address switch", () => {
    const { studio } = renderStudio(<VoicePanel />);
    act(() => studio.edit(setAddress("informal")));
    set(studio, "register", 95);
    const warning = compile(studio.openPersona()!).warnings.find((w) =>
      w.paths.includes("address"),
    );
    expect(warning).toBeDefined();
    expect(screen.getByRole("radiogroup", { name: "Address" })).toHaveAccessibleDescription(
      expect.stringContaining(warning!.message),
    );
  });

  it("shows no warning until the warnings have loaded, then shows it without an edit", () => {
    const loaded = warningsStore.getState().warningsOf;
    act(() => warningsStore.setState({ warningsOf: null }));
    onTestFinished(() => warningsStore.setState({ warningsOf: loaded }));
    const { studio } = renderStudio(<VoicePanel />);
    set(studio, "register", 95);
    set(studio, "emoji", 95);
    const emoji = screen.getByRole("slider", { name: "Emoji" });
    expect(emoji).toHaveAccessibleDescription("");
    act(() => warningsStore.setState({ warningsOf: loaded }));
    expect(emoji).not.toHaveAccessibleDescription("");
  });
});
