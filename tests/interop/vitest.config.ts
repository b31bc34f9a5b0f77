import { defineConfig } from "vitest/config";

// The interop tests, run by `npm run test:interop` (scripts/test-interop.ts) once the tools
// they drive are installed; never part of `npm test`, whose projects do not include them.
export default defineConfig({
  test: {
    name: "interop",
    environment: "node",
    include: ["tests/interop/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
