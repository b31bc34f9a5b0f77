import { describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { IdentityPanel } from "./identity-panel";
import { renderStudio } from "../../../tests/helpers/render-studio";
import { compile } from "../../core/compiler/compile";
import { addTerm, setGreeting } from "../../core/persona/edits";
import type { Persona } from "../../core/persona/schema";

type Studio = ReturnType<typeof renderStudio>["studio"];
const open = (studio: Studio): Persona => studio.openPersona()!;

describe("IdentityPanel text fields", () => {
  it.each([
    ["Persona name", (p: Persona) => p.name],
    ["Description (for the designers, not in the prompt)", (p: Persona) => p.description],
    ["Assistant name", (p: Persona) => p.identity.assistantName],
    ["Role", (p: Persona) => p.identity.role],
    ["Organisation", (p: Persona) => p.identity.organization],
    ["Audience", (p: Persona) => p.identity.audience],
    ["Purpose", (p: Persona) => p.identity.purpose],
    ["Greeting", (p: Persona) => p.greeting],
    ["When to hand over to a person", (p: Persona) => p.guardrails.escalation],
  ])("writes %s into the persona", async (label, read) => {
    const { studio } = renderStudio(<IdentityPanel />);
    const field = screen.getByLabelText(label);
    await userEvent.clear(field);
    await userEvent.type(field, "Nouvelle valeur");
    expect(read(open(studio))).toBe("Nouvelle valeur");
    expect(field).toHaveValue("Nouvelle valeur");
  });

  it("makes a burst of typing one undo step", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const role = open(studio).identity.role;
    await userEvent.type(screen.getByLabelText("Role"), " senior");
    await userEvent.tab();
    expect(open(studio).identity.role).toBe(`${role} senior`);
    act(() => studio.undo());
    expect(open(studio).identity.role).toBe(role);
    expect(screen.getByLabelText("Role")).toHaveValue(role);
  });

  it.each(["Assistant name", "Role", "Persona name"])(
    "never empties the required field %s",
    async (label) => {
      const { studio } = renderStudio(<IdentityPanel />);
      const before = open(studio);
      const field = screen.getByLabelText(label);
      expect(field).toBeRequired();
      await userEvent.clear(field);
      expect(field).toHaveValue("");
      expect(field).toBeInvalid();
      expect(field).toHaveAccessibleDescription(expect.stringContaining("Required"));
      expect(open(studio)).toBe(before);
      await userEvent.type(field, "Zoé");
      expect(field).toBeValid();
      expect(field).toHaveValue("Zoé");
      expect([
        open(studio).name,
        open(studio).identity.assistantName,
        open(studio).identity.role,
      ]).toContain("Zoé");
    },
  );

  it("lets an empty optional field remove its value", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    await userEvent.clear(screen.getByLabelText("Organisation"));
    expect(open(studio).identity.organization).toBeUndefined();
  });

  it("changes the persona's language", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    await userEvent.selectOptions(screen.getByLabelText("Persona language"), "fr");
    expect(open(studio).language).toBe("fr");
    expect(screen.getByLabelText("Role")).toHaveAttribute("lang", "fr");
  });

  it("turns AI disclosure off and on", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const toggle = screen.getByRole("switch", { name: "Say it is an AI" });
    const initial = open(studio).guardrails.discloseAI;
    await userEvent.click(toggle);
    expect(open(studio).guardrails.discloseAI).toBe(!initial);
    await userEvent.click(toggle);
    expect(open(studio).guardrails.discloseAI).toBe(initial);
  });

  it("labels its controls in French", () => {
    renderStudio(<IdentityPanel />, { lang: "fr" });
    for (const label of [
      "Nom du persona",
      "Nom de l’assistant",
      "Rôle",
      "Organisation",
      "Public",
      "Mission",
      "Message d’accueil",
      "Langue du persona",
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole("switch", { name: "Se présenter comme une IA" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Mots à éviter" })).toBeInTheDocument();
  });
});

describe("IdentityPanel chips", () => {
  it.each([
    ["Words to use", "New word to use", (p: Persona) => p.lexicon.prefer],
    ["Words to avoid", "New word to avoid", (p: Persona) => p.lexicon.avoid],
    ["Topics to avoid", "New topic to avoid", (p: Persona) => p.guardrails.avoidTopics],
  ])("adds a chip to %s with Enter and removes it with its button", async (group, input, read) => {
    const { studio } = renderStudio(<IdentityPanel />);
    const fieldset = screen.getByRole("group", { name: group });
    await userEvent.type(within(fieldset).getByLabelText(input), "démarche{Enter}");
    expect(read(open(studio))).toContain("démarche");
    expect(within(fieldset).getByLabelText(input)).toHaveValue("");
    expect(within(fieldset).getByRole("list")).toHaveTextContent("démarche");
    await userEvent.click(within(fieldset).getByRole("button", { name: "Remove démarche" }));
    expect(read(open(studio))).not.toContain("démarche");
  });

  it("adds a chip with the Add button and says when it is already there", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const fieldset = screen.getByRole("group", { name: "Words to use" });
    const input = within(fieldset).getByLabelText("New word to use");
    await userEvent.type(input, "courtesy");
    await userEvent.click(within(fieldset).getByRole("button", { name: "Add" }));
    const count = open(studio).lexicon.prefer.length;
    await userEvent.type(input, "Courtesy");
    await userEvent.click(within(fieldset).getByRole("button", { name: "Add" }));
    expect(open(studio).lexicon.prefer).toHaveLength(count);
    expect(within(fieldset).getByRole("status")).toHaveTextContent(
      "“Courtesy” is already in the list.",
    );
  });

  it("moves focus to the next chip after a removal", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const [first, second] = open(studio).lexicon.avoid;
    await userEvent.click(screen.getByRole("button", { name: `Remove ${first}` }));
    expect(screen.getByRole("button", { name: `Remove ${second}` })).toHaveFocus();
  });

  it("names chip buttons in French", () => {
    const { studio } = renderStudio(<IdentityPanel />, { lang: "fr" });
    const [word] = open(studio).lexicon.prefer;
    expect(screen.getByRole("button", { name: `Retirer ${word}` })).toBeInTheDocument();
  });
});

describe("IdentityPanel trigger words of a topic to avoid", () => {
  it("saves 'Also recognise' words on Enter, keeps them across undo, and drops them with the topic", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const topics = screen.getByRole("group", { name: "Topics to avoid" });
    await userEvent.type(
      within(topics).getByLabelText("New topic to avoid"),
      "legal advice{Enter}",
    );
    const field = screen.getByRole("textbox", { name: "Also recognise for “legal advice”" });
    await userEvent.type(field, "lawyer, court ,, lawsuit{Enter}");
    expect(open(studio).guardrails.topicTriggers["legal advice"]).toEqual([
      "lawyer",
      "court",
      "lawsuit",
    ]);
    expect(field).toHaveValue("lawyer, court, lawsuit");
    // Typing alone saves nothing; leaving the field does.
    await userEvent.type(field, ", solicitor");
    expect(open(studio).guardrails.topicTriggers["legal advice"]).toHaveLength(3);
    await userEvent.tab();
    expect(open(studio).guardrails.topicTriggers["legal advice"]).toContain("solicitor");
    act(() => studio.undo());
    expect(field).toHaveValue("lawyer, court, lawsuit");
    // Escape gives the saved words back.
    await userEvent.type(field, "xyz{Escape}");
    expect(field).toHaveValue("lawyer, court, lawsuit");
    await userEvent.click(within(topics).getByRole("button", { name: "Remove legal advice" }));
    expect(open(studio).guardrails.topicTriggers).not.toHaveProperty("legal advice");
    expect(screen.queryByRole("textbox", { name: /legal advice/ })).toBeNull();
  });

  it("names the field in French", async () => {
    renderStudio(<IdentityPanel />, { lang: "fr" });
    const topics = screen.getByRole("group", { name: "Sujets à éviter" });
    await userEvent.type(
      within(topics).getByLabelText("Nouveau sujet à éviter"),
      "politique{Enter}",
    );
    expect(
      screen.getByRole("textbox", { name: "Reconnaître aussi pour « politique »" }),
    ).toBeInTheDocument();
  });
});

describe("IdentityPanel examples", () => {
  it("adds an example once both sides are written", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const count = open(studio).examples.length;
    await userEvent.type(screen.getByLabelText("What the user says"), "Is it down?");
    await userEvent.click(screen.getByRole("button", { name: "Add example" }));
    expect(open(studio).examples).toHaveLength(count);
    expect(
      screen.getByText("Write both what the user says and what the assistant answers."),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("What the assistant answers"), "Let me check.");
    await userEvent.click(screen.getByRole("button", { name: "Add example" }));
    expect(open(studio).examples.at(-1)).toEqual({
      user: "Is it down?",
      assistant: "Let me check.",
    });
    expect(screen.getByLabelText(`User, example ${count + 1}`)).toHaveValue("Is it down?");
  });

  it("edits both sides of an example", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    await userEvent.clear(screen.getByLabelText("User, example 1"));
    expect(open(studio).examples[0]!.user).not.toBe("");
    await userEvent.type(screen.getByLabelText("User, example 1"), "Hello");
    await userEvent.clear(screen.getByLabelText("Assistant, example 1"));
    await userEvent.type(screen.getByLabelText("Assistant, example 1"), "Hi there");
    expect(open(studio).examples[0]).toEqual({ user: "Hello", assistant: "Hi there" });
  });

  it("removes an example", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const [first, , third] = open(studio).examples;
    await userEvent.click(screen.getByRole("button", { name: "Remove example 2" }));
    expect(open(studio).examples).toEqual([first, third]);
  });

  it("moves examples up and down, keeping focus on the moved one", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const [first, second, third] = open(studio).examples;
    expect(screen.getByRole("button", { name: "Move example 1 up" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Move example 3 down" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Move example 1 down" }));
    expect(open(studio).examples).toEqual([second, first, third]);
    expect(screen.getByRole("button", { name: "Move example 2 down" })).toHaveFocus();
    await userEvent.click(screen.getByRole("button", { name: "Move example 3 up" }));
    expect(open(studio).examples).toEqual([second, third, first]);
    expect(screen.getByLabelText("User, example 3")).toHaveValue(first!.user);
  });
});

describe("IdentityPanel warnings", () => {
  it("shows a word both preferred and avoided beside both lists", () => {
    const { studio } = renderStudio(<IdentityPanel />);
    act(() => {
      studio.edit(addTerm("prefer", "bandwidth"));
      studio.edit(addTerm("avoid", "bandwidth"));
    });
    const warning = compile(open(studio)).warnings.find((w) =>
      w.paths.some((p) => p.startsWith("lexicon.prefer")),
    );
    expect(warning).toBeDefined();
    for (const name of ["Words to use", "Words to avoid"]) {
      expect(screen.getByRole("group", { name })).toHaveAccessibleDescription(
        expect.stringContaining(warning!.message),
      );
    }
    expect(screen.getByRole("group", { name: "Topics to avoid" })).toHaveAccessibleDescription("");
  });

  it("shows an avoided word in the greeting beside the greeting", () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const [avoided] = open(studio).lexicon.avoid;
    act(() => studio.edit(setGreeting(`Hello, ${avoided} ask away.`)));
    const warning = compile(open(studio)).warnings.find((w) => w.paths.includes("greeting"));
    expect(warning).toBeDefined();
    expect(screen.getByLabelText("Greeting")).toHaveAccessibleDescription(
      expect.stringContaining(warning!.message),
    );
  });

  it("shows an example's warning beside that example's reply", async () => {
    const { studio } = renderStudio(<IdentityPanel />);
    const [avoided] = open(studio).lexicon.avoid;
    const reply = screen.getByLabelText("Assistant, example 2");
    await userEvent.type(reply, ` ${avoided}`);
    const warning = compile(open(studio)).warnings.find((w) =>
      w.paths.some((p) => p.startsWith("examples[1]")),
    );
    expect(warning).toBeDefined();
    expect(reply).toHaveAccessibleDescription(expect.stringContaining(warning!.message));
    expect(screen.getByLabelText("Assistant, example 1")).not.toHaveAccessibleDescription(
      expect.stringContaining(warning!.message),
    );
  });
});
