import type { ReactNode } from "react";
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
 * column's one scroller. An inactive panel is unmounted, so a tab's code (the identity
 * fields, the persona tests) loads the first time it is opened.
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
          className={tab.fill ? "sh-tab-panel sh-tab-panel-fill" : "sh-tab-panel"}
        >
          {tab.content}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
