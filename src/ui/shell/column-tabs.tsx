import { useState, type ReactNode } from "react";
import * as Tabs from "@radix-ui/react-tabs";

export interface ColumnTab {
  id: string;
  label: string;
  content: ReactNode;
  /** A panel that lays out its own scroller (the conversation) instead of scrolling whole. */
  fill?: boolean;
}

/**
 * A column of the workbench as tabs (Radix: arrow keys move between tabs, Home/End, and
 * the panel is reached with Tab). The tab list stays put; the panel below it is the
 * column's one scroller. A tab's panel mounts the first time it is opened, so its code
 * (the identity fields, the persona tests) loads then; from then on it stays mounted,
 * hidden while another tab is open, so what the designer left there (an open disclosure,
 * test results, the scroll position) is still there on coming back.
 */
export function ColumnTabs({
  label,
  tabs,
  value,
  onValueChange,
  className,
}: {
  label: string;
  tabs: readonly ColumnTab[];
  value: string;
  onValueChange(value: string): void;
  className?: string;
}) {
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([value]));
  if (!visited.has(value)) setVisited(new Set([...visited, value]));
  return (
    <Tabs.Root
      className={`sh-tabs ${className ?? ""}`}
      value={value}
      onValueChange={onValueChange}
      activationMode="automatic"
    >
      <Tabs.List className="sh-tab-list" aria-label={label}>
        {tabs.map((tab) => (
          <Tabs.Trigger key={tab.id} value={tab.id} className="sh-tab">
            {tab.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Content
          key={tab.id}
          value={tab.id}
          forceMount={visited.has(tab.id) ? true : undefined}
          hidden={tab.id !== value}
          className={tab.fill ? "sh-tab-panel sh-tab-panel-fill" : "sh-tab-panel"}
        >
          {tab.content}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
