import { lazy, useCallback, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { compiledPromptByDefault } from "../../core/cards/card-origin";
import type { Persona } from "../../core/persona/schema";
import type { ExportKind } from "../../stores/exports";
import { downloadFile } from "../common/download";
import { useMessages, type MessagesOf } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { exportMessages } from "../i18n/messages/export";
import { LazyPart } from "../common/lazy-part";
import { useAutoDismiss } from "../common/use-auto-dismiss";
import { Menu, MenuCheckboxItem, MenuGroup, MenuItem } from "../common/menu";

const SnippetsDialog = lazy(() =>
  import("./snippets-dialog").then((m) => ({ default: m.SnippetsDialog })),
);
const ShareDialog = lazy(() => import("./share-dialog").then((m) => ({ default: m.ShareDialog })));
const loadExports = () => import("../../stores/exports");
const loadAutoVersion = () => import("../../stores/versions-auto");

type Item = ExportKind | "snippets" | "share" | "review-page";
const CARD_KINDS: readonly Item[] = ["ccv2", "ccv3", "ccv3-png"];
const GROUPS: readonly {
  label: keyof MessagesOf<typeof exportMessages> & `group${string}`;
  items: readonly Item[];
}[] = [
  { label: "groupCards", items: ["ccv2", "ccv3", "ccv3-png"] },
  { label: "groupPrompt", items: ["prompt-md", "prompt-txt", "openai", "snippets", "promptfoo"] },
  { label: "groupReview", items: ["share", "review-page"] },
];

type Outcome = { ok: true; filename: string } | { ok: false; detail: string };

interface Props {
  persona: Persona;
  label: string;
  /** Open on arrival: the button was pressed while this code was loading. */
  defaultOpen: boolean;
  /** Whether the button this one replaces had focus: it passes to this one. */
  hadFocus: RefObject<boolean>;
}

/**
 * The Export menu button and its items, the line saying what was saved, and the dialogs some
 * items open (focus goes back to the button when they close).
 */
export function ExportMenuList({ persona, label, defaultOpen, hadFocus }: Props) {
  const t = useMessages(exportMessages);
  const { dismiss } = useMessages(commonMessages);
  const [dialog, setDialog] = useState<"snippets" | "share" | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const clearOutcome = useCallback(() => setOutcome(null), []);
  const fading = useAutoDismiss(outcome?.ok ? outcome : null, clearOutcome);
  // The designer's choice for this persona; another persona starts from its own default.
  const [compiledChoice, setCompiledChoice] = useState<{ id: string; on: boolean } | null>(null);
  const compiledPrompt =
    compiledChoice?.id === persona.id ? compiledChoice.on : compiledPromptByDefault(persona);
  const button = useRef<HTMLButtonElement>(null);

  // The plain button this one replaces had the focus: this one takes it over, unless the menu
  // opens at once and takes it itself. Only on arrival: the plain button is gone for good.
  useLayoutEffect(() => {
    if (hadFocus.current && !defaultOpen) button.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const closeDialog = () => setDialog(null);

  const choose = async (item: Item) => {
    if (item === "snippets" || item === "share") return setDialog(item);
    setOutcome(null);
    try {
      const [exports, { autoVersion }] = await Promise.all([loadExports(), loadAutoVersion()]);
      // Every file sent out is kept as a version; a review page carries its id for the feedback.
      const version =
        item === "review-page"
          ? await autoVersion(persona, "review", `${persona.id}.review.html`)
          : undefined;
      const file =
        item === "review-page"
          ? await exports.reviewPageFile(persona, window.location.href, undefined, version?.id)
          : exports.exportFile(
              persona,
              item,
              undefined,
              CARD_KINDS.includes(item) ? { compiledPrompt } : {},
            );
      downloadFile(file.filename, file.content, file.type);
      if (item !== "review-page") void autoVersion(persona, "export", file.filename);
      setOutcome({ ok: true, filename: file.filename });
    } catch (error) {
      setOutcome({ ok: false, detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const trigger = (
    <button ref={button} type="button" className="cm-button">
      {label} <span aria-hidden="true">▾</span>
    </button>
  );

  return (
    <>
      <Menu trigger={trigger} defaultOpen={defaultOpen}>
        {GROUPS.map((group) => (
          <MenuGroup key={group.label} label={t[group.label]}>
            {group.items.map((item) => (
              <MenuItem key={item} onSelect={() => void choose(item)}>
                {t.items[item]}
              </MenuItem>
            ))}
            {group.label === "groupCards" && (
              <MenuCheckboxItem
                checked={compiledPrompt}
                onCheckedChange={(on) => setCompiledChoice({ id: persona.id, on })}
              >
                {t.compiledPrompt}
              </MenuCheckboxItem>
            )}
          </MenuGroup>
        ))}
      </Menu>
      <div role="status" className="tr-status">
        {outcome?.ok && (
          <div className="tr-outcome tr-success" {...fading}>
            <p className="tr-outcome-title">{t.saved(outcome.filename)}</p>
            <button type="button" className="cm-button" onClick={() => setOutcome(null)}>
              {dismiss}
            </button>
          </div>
        )}
      </div>
      {outcome && !outcome.ok && (
        <div role="alert" className="tr-outcome tr-failure">
          <p className="tr-outcome-title">{t.failed(outcome.detail)}</p>
          <button type="button" className="cm-button" onClick={() => setOutcome(null)}>
            {dismiss}
          </button>
        </div>
      )}
      {dialog && (
        <LazyPart>
          {dialog === "snippets" ? (
            <SnippetsDialog persona={persona} returnFocus={button} onClose={closeDialog} />
          ) : (
            <ShareDialog persona={persona} returnFocus={button} onClose={closeDialog} />
          )}
        </LazyPart>
      )}
    </>
  );
}
