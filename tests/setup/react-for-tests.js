// "react" in the component tests: the studio's own (src/compat/react.js) with `act`, where
// @testing-library/react looks for it.
import studioReact from "../../src/compat/react.js";
import { act } from "preact/test-utils";

export * from "../../src/compat/react.js";
export { act };
export default { ...studioReact, act };
