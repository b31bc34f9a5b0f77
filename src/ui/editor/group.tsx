import { useId, type ReactNode } from "react";

/** A titled group of controls inside a panel. */
export function Group({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    // A named group, not a landmark region: a dozen regions would swamp landmark navigation.
    <div role="group" className="ed-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="ed-group-title">
        {title}
      </h3>
      {children}
    </div>
  );
}
