import { lazy, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { compiledPromptByDefault } from "../../core/cards/card-origin";
import type { Persona } from "../../core/persona/schema";
import type { ExportKind } from "../../stores/exports";
import { downloadFile } from "../common/download";
import { useMessages, type MessagesOf } from "../i18n";
import { commonMessages } from "../i18n/messages/common";
import { exportMessages } from "../i18n/messages/export";
import { LazyPart } from "../common/lazy-part";

const SnippetsDialog = lazy(() => import("./snippets-dialog").then((m) => ({ default: m.SnippetsDialog })));
const ShareDialog = lazy(() => import("./share-dialog").then((m) => ({ default: m.ShareDialog })));
const loadExports = () => import("../../stores/exports");

type Item = ExportKind | "snippets" | "share" | "review-page";
const CARD_KINDS: readonly Item[] = ["ccv2", "ccv3", "ccv3-png"];
const GROUPS: readonly { label: keyof MessagesOf<typeof exportMessages> & `group${string}`; items: readonly Item[] }[] = [
  { label: "groupCards", items: ["ccv2", "ccv3", "ccv3-png"] },
  { label: "groupPrompt", items: ["prompt-md", "prompt-txt", "openai", "snippets", "promptfoo"] },
  { label: "groupReview", items: ["share", "review-page"] },
];

const menuItems = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"], [role="menuitemcheckbox"]') ?? []);

type Outcome = { ok: true; filename: string } | { ok: false; detail: string };

interface Props {
  persona: Persona;
  open: boolean;
  label: string;
  button: RefObject<HTMLButtonElement | null>;
  /** Must keep its identity across renders: the open menu's listeners depend on it. */
  onClose: () => void;
}

/** The Export menu's items, the line saying what was saved, and the dialogs some items open. */
export function ExportMenuList({ persona, open, label, button, onClose }: Props) {
  const t = useMessages(exportMessages);
  const { dismiss } = useMessages(commonMessages);
  const [dialog, setDialog] = useState<"snippets" | "share" | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The designer's choice for this persona; another persona starts from its own default.
  const [compiledChoice, setCompiledChoice] = useState<{ id: string; on: boolean } | null>(null);
  const compiledPrompt = compiledChoice?.id === persona.id ? compiledChoice.on : compiledPromptByDefault(persona);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuItems(menu.current)[0]?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onClose();
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open, button, onClose]);

  const close = (refocus: boolean) => {
    onClose();
    if (refocus) button.current?.focus();
  };
  const closeDialog = () => setDialog(null);

  const choose = async (item: Item) => {
    close(true);
    if (item === "snippets" || item === "share") return setDialog(item);
    setOutcome(null);
    try {
      const exports = await loadExports();
      const file =
        item === "review-page"
          ? await exports.reviewPageFile(persona, window.location.href)
          : exports.exportFile(persona, item, undefined, CARD_KINDS.includes(item) ? { compiledPrompt } : {});
      downloadFile(file.filename, file.content, file.type);
      setOutcome({ ok: true, filename: file.filename });
    } catch (error) {
      setOutcome({ ok: false, detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = menuItems(menu.current);
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(list.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") close(false);
  };

  return (
    <>
      {open && (
        <div ref={menu} role="menu" aria-label={label} className="tr-menu" onKeyDown={onMenuKey}>
          {GROUPS.map((group) => (
            <div key={group.label} role="group" aria-label={t[group.label]} className="tr-menu-group">
              <p className="tr-menu-heading" aria-hidden="true">
                {t[group.label]}
              </p>
              {group.items.map((item) => (
                <button key={item} type="button" role="menuitem" tabIndex={-1} className="tr-menu-item" onClick={() => void choose(item)}>
                  {t.items[item]}
                </button>
              ))}
              {group.label === "groupCards" && (
                // A setting of the card items above, so it toggles and the menu stays open (WAI-ARIA menuitemcheckbox).
                <button
                  type="button"
                  role="menuitemcheckbox"
                  aria-checked={compiledPrompt}
                  tabIndex={-1}
                  className="tr-menu-item"
                  onClick={() => setCompiledChoice({ id: persona.id, on: !compiledPrompt })}
                >
                  <span aria-hidden="true">{compiledPrompt ? "☑" : "☐"}</span> {t.compiledPrompt}
                </button>
              )}
            </div>
          ))}
        </div>
      )}
      <div role="status" className="tr-status">
        {outcome?.ok && (
          <div className="tr-outcome tr-success">
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
