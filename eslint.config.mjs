// ESLint (flat config): typescript-eslint's type-aware rules, and the layering of src/ as an
// import-direction rule. Layers, top to bottom (imports point downwards only):
//
//   action/, cli/          front ends; neither imports the other
//   report/                results as people read them (tables, Markdown summaries, annotations)
//                          and as later steps read them, for both front ends
//   workflows/             orchestration
//   dockerfile/            the Dockerfile language (lexer, shell words, FROM/ARG, pinning) and
//                          finding Dockerfiles in the workspace; knows images only by reference
//   settings/              values users give (lists, durations, key IDs, digests, booleans) parsed
//                          once for both front ends and the workflows
//   notary/, registry/     servers' clients (over net/ and tuf/)
//   signers/               key files and KMS keys behind the trust core's Signer port (over tuf/,
//                          cosign/ and codec/; the KMS client is handed its proxy-aware agents by the
//                          layers above)
//   net/                   transport, auth, credentials, proxies
//   tuf/, cosign/          pure formats and checks: Notary metadata and the Signer port it signs
//                          through, cosign signatures
//   codec/                 DER and PEM encodings, read and written as Go does; imports no other folder
//   errors.ts              the error base and the ErrorCode union, importable from anywhere
//   error-codes.ts         the sets that classify codes, importable from anywhere
//
// A folder must not import the folders of its own row or above (ROWS), nor the lower ones it has
// no use for (UNUSED); the strict order between the rows also rules out cycles between folders
// (scripts/check-import-cycles.mjs catches cycles inside one).
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Rows, top to bottom: a folder must not import its own row or a row above it.
const ROWS = [
  ["action", "cli"],
  ["report"],
  ["workflows"],
  ["dockerfile", "settings"],
  ["notary", "registry"],
  ["signers"],
  ["net"],
  ["tuf", "cosign"],
  ["codec"],
];

// Folders of lower rows that a folder has no use for, and must not import either.
const UNUSED = {
  dockerfile: ["notary", "signers", "net", "tuf", "cosign", "codec"],
  settings: ["notary", "registry", "signers", "net", "cosign", "codec"],
  notary: ["signers"],
  registry: ["signers"],
  signers: ["net"],
  net: ["tuf", "cosign"],
};

/** The folders `name` (of row `i`) must not import. */
function forbiddenFor(name, i) {
  const upToItsRow = ROWS.slice(0, i + 1).flat();
  return [...upToItsRow.filter((n) => n !== name), ...(UNUSED[name] ?? [])];
}

/** Each folder of src/ → the folders it must not import. */
const LAYERS = Object.fromEntries(ROWS.flatMap((row, i) => row.map((name) => [name, forbiddenFor(name, i)])));

// A folder of src/ without a place in the layers would go unchecked: say so instead.
const unplaced = readdirSync(new URL("./src", import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !(e.name in LAYERS))
  .map((e) => `src/${e.name}/`);
if (unplaced.length > 0) throw new Error(`eslint.config.mjs: give ${unplaced.join(", ")} a place in LAYERS`);

const ON_MESSAGE =
  "decide on the error's class, code or a typed field, not on the wording of its message (src/error-codes.ts)";
/** Selectors for a `.message` that is tested rather than shown. */
const MESSAGE_TESTS = [
  // /re/.test(err.message), /re/.exec(err.message ?? ""), list.includes(err.message)
  'CallExpression[callee.property.name=/^(test|exec|includes|has|indexOf)$/] > MemberExpression[property.name="message"]',
  'CallExpression[callee.property.name=/^(test|exec|includes|has|indexOf)$/] > LogicalExpression > MemberExpression[property.name="message"]',
  // err.message.startsWith(…), err.message.match(…), err.message?.includes(…)
  'CallExpression[callee.property.name=/^(match|matchAll|includes|startsWith|endsWith|search|indexOf|lastIndexOf)$/][callee.object.property.name="message"]',
  // err.message === "…", "…" !== err.message
  'BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[property.name="message"]',
  // switch (err.message)
  'SwitchStatement > MemberExpression.discriminant[property.name="message"]',
].map((selector) => ({ selector, message: ON_MESSAGE }));

/** `no-restricted-imports` for the files of one layer: relative imports of the layers above it. */
function layerRule(layer, forbidden) {
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: forbidden.map((above) => ({
            regex: `^(\\.\\./)+${above}/`,
            message: `src/${layer}/ must not import src/${above}/: imports point downwards (see the layers in eslint.config.mjs)`,
          })),
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "coverage/**", "node_modules/**", ".stack/**", "bench/.work/**"] },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are tsc's job (noUnusedLocals, noUnusedParameters).
      "@typescript-eslint/no-unused-vars": "off",
      // Promise-returning callbacks where void is expected are common and deliberate in tests
      // and event handlers; floating promises are still errors.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      // Implementations of async ports (Signer.sign, plan callbacks) are async without awaiting.
      "@typescript-eslint/require-await": "off",
      // Rejecting with what was caught (an `unknown`, an AbortSignal's reason) keeps the cause.
      "@typescript-eslint/prefer-promise-reject-errors": [
        "error",
        { allowThrowingUnknown: true, allowThrowingAny: true },
      ],
      // Control characters are matched on purpose: messages and logs strip them (errors.ts oneLine).
      "no-control-regex": "off",
      // Prettier wraps code at 120 columns but leaves comments and string literals alone: comments
      // are held to the same width here; a message stays one literal so it can be searched for.
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    // Tests and benchmarks read JSON answers and drive fakes loosely; type-safety rules about
    // `any` and stringification would only add casts there. src/ keeps them all.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/restrict-plus-operands": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-redundant-type-constituents": "off",
      "no-useless-assignment": "off",
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: {
      globals: Object.fromEntries(
        ["process", "console", "URL", "Buffer", "setTimeout", "clearTimeout", "setInterval", "clearInterval"].map(
          (g) => [g, "readonly"],
        ),
      ),
    },
  },
  {
    // Decisions on types and codes, never on the wording of a message: a test of an error's
    // `message` (regex, startsWith, includes, a comparison, a switch) is an error in src/. A message
    // of someone else's that carries no code (an AWS SDK error) may be read, with a comment saying so.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...MESSAGE_TESTS],
    },
  },
  ...Object.entries(LAYERS).map(([layer, forbidden]) => layerRule(layer, forbidden)),
);
