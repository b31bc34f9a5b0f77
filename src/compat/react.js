/**
 * What the studio imports as "react": Preact's compat layer (about 60 KiB gzip lighter than
 * react-dom on the first screen) with its own `useId` and React's autoFocus. Preact's restarts under each lazy
 * boundary: two controls got the same id, and a label named the wrong one. This one counts.
 * build/react-on-preact.ts points "react" here. JavaScript, because Preact's compat types are
 * an `export =` that TypeScript will not re-export with `export *`; the studio's own code is
 * checked against React's types.
 */
import { options } from "preact";
import compat from "preact/compat";
import { useState } from "preact/hooks";

export * from "preact/compat";

let next = 0;

export function useId() {
  return useState(() => `:p${(next++).toString(36)}:`)[0];
}

export default { ...compat, useId };

// React focuses an element rendered with autoFocus when it mounts; Preact only sets the
// attribute, which a browser honours for the page's first one alone. Focused once per element:
// a callback ref runs again on every render.
const focused = new WeakSet();
const previousVnode = options.vnode;
options.vnode = (vnode) => {
  const props = vnode.props;
  if (typeof vnode.type === "string" && props && (props.autoFocus || props.autofocus)) {
    const own = vnode.ref;
    vnode.ref = (element) => {
      if (element && !focused.has(element)) {
        focused.add(element);
        element.focus();
      }
      if (typeof own === "function") own(element);
      else if (own) own.current = element;
    };
  }
  previousVnode?.(vnode);
};
