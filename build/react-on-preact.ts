/**
 * The studio is written against React's API and runs on Preact (src/compat/react.js). These
 * aliases are shared by the app's build, the review page's build and the component tests,
 * which add React's `act` from Preact's test utilities (tests/setup/react-for-tests.js).
 */
import path from "node:path";

export function reactOnPreact(root: string, react = "src/compat/react.js") {
  return [
    { find: /^react$/, replacement: path.join(root, react) },
    { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
    { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
    { find: /^react-dom$/, replacement: "preact/compat" },
    { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
    { find: /^react-dom\/test-utils$/, replacement: "preact/test-utils" },
  ];
}
