import { Group } from "./group";
import {
  setDescription,
  setEscalation,
  setGreeting,
  setIdentity,
  setName,
} from "../../core/persona/edits";
import { guardrailsSchema, identitySchema, personaSchema } from "../../core/persona/schema";
import { useLibrary } from "../studio-context";
import { DiscloseAISwitch, PersonaLanguageSelect } from "./choice-controls";
import { ExamplesEditor } from "./examples-editor";
import { useMessages } from "../i18n";
import { editorMessages } from "../i18n/messages/editor";
import { TermChips } from "./term-chips";
import { TopicTriggers } from "./topic-triggers";
import { TextField } from "./text-field";
import "./editor.css";

/**
 * Who the assistant is and what it may say: identity, lexicon, guardrails, examples.
 * Each control subscribes to its own field, so typing re-renders one field, not the panel.
 */
export function IdentityPanel() {
  const t = useMessages(editorMessages);
  // Remount per persona: unsent drafts (an emptied required field, a half-written
  // example) belong to the persona they were typed into.
  const openId = useLibrary((s) => s.openId);
  if (openId === null) return null;
  return (
    <div key={openId} className="ed-panel">
      <h2 className="ed-panel-title">{t.identity}</h2>
      <Group title={t.who}>
        <TextField
          label={t.personaName}
          path="name"
          select={(p) => p.name}
          edit={setName}
          schema={personaSchema.shape.name}
        />
        <TextField
          label={t.description}
          path="description"
          select={(p) => p.description}
          edit={setDescription}
          schema={personaSchema.shape.description}
          multiline
        />
        <PersonaLanguageSelect />
        <TextField
          label={t.assistantName}
          path="identity.assistantName"
          select={(p) => p.identity.assistantName}
          edit={(v) => setIdentity("assistantName", v)}
          schema={identitySchema.shape.assistantName}
        />
        <TextField
          label={t.role}
          path="identity.role"
          select={(p) => p.identity.role}
          edit={(v) => setIdentity("role", v)}
          schema={identitySchema.shape.role}
        />
        <TextField
          label={t.organization}
          path="identity.organization"
          select={(p) => p.identity.organization}
          edit={(v) => setIdentity("organization", v)}
          schema={identitySchema.shape.organization}
        />
        <TextField
          label={t.audience}
          path="identity.audience"
          select={(p) => p.identity.audience}
          edit={(v) => setIdentity("audience", v)}
          schema={identitySchema.shape.audience}
          multiline
        />
        <TextField
          label={t.purpose}
          path="identity.purpose"
          select={(p) => p.identity.purpose}
          edit={(v) => setIdentity("purpose", v)}
          schema={identitySchema.shape.purpose}
          multiline
        />
        <TextField
          label={t.greeting}
          path="greeting"
          select={(p) => p.greeting}
          edit={setGreeting}
          schema={personaSchema.shape.greeting}
          multiline
        />
      </Group>
      <Group title={t.lexicon}>
        <TermChips list="prefer" />
        <TermChips list="avoid" />
      </Group>
      <Group title={t.guardrails}>
        <TermChips list="avoidTopics" />
        <TopicTriggers />
        <TextField
          label={t.escalation}
          path="guardrails.escalation"
          select={(p) => p.guardrails.escalation}
          edit={setEscalation}
          schema={guardrailsSchema.shape.escalation}
          multiline
        />
        <DiscloseAISwitch />
      </Group>
      <Group title={t.examples}>
        <ExamplesEditor />
      </Group>
    </div>
  );
}
