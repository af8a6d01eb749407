#!/usr/bin/env node
// Part of `npm run lint`: fails when a file of src/ exports a name that no other file imports
// (src/, test/, bench/, scripts/, type-only imports included). Such a name is either dead or only
// used inside its own file, where it need not be exported. Types are exempt: an options or result
// type is part of its function's signature. The entry files, which the build bundles
// by path, are exempt. Reads the program tsconfig.json describes, with the TypeScript compiler.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "src") + path.sep;
const isEntry = (file) =>
  /(^|[/\\])(entries|[a-z-]+-entry)\.ts$/.test(file) || file.endsWith(path.join("cli", "index.ts"));

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(root, "tsconfig.json"),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
);
if (!config) {
  console.error("check-dead-exports: cannot read tsconfig.json");
  process.exit(1);
}
const program = ts.createProgram(config.fileNames, config.options);
const checker = program.getTypeChecker();
const ours = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes("node_modules"));

/** `file` → names imported from it by other files; "*" when all of them may be. */
const used = new Map();
const mark = (file, name) => {
  if (!used.has(file)) used.set(file, new Set());
  used.get(file).add(name);
};
const targetOf = (specifier) => {
  const symbol = specifier && checker.getSymbolAtLocation(specifier);
  return symbol?.declarations?.[0]?.getSourceFile().fileName;
};

for (const file of ours) {
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const target = targetOf(node.moduleSpecifier);
      if (target && target !== file.fileName) {
        const clause = ts.isImportDeclaration(node) ? node.importClause : undefined;
        const named = ts.isImportDeclaration(node) ? clause?.namedBindings : node.exportClause;
        if (ts.isImportDeclaration(node) && clause?.name) mark(target, "default");
        if (!named && ts.isExportDeclaration(node)) mark(target, "*");
        else if (named && (ts.isNamespaceImport(named) || ts.isNamespaceExport(named))) mark(target, "*");
        else if (named) for (const e of named.elements) mark(target, (e.propertyName ?? e.name).text);
      }
    } else if (ts.isImportTypeNode(node)) {
      const target = targetOf(node.argument.literal);
      if (target)
        mark(
          target,
          node.qualifier
            ? ts.isIdentifier(node.qualifier)
              ? node.qualifier.text
              : node.qualifier.left.getText()
            : "*",
        );
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const target = targetOf(node.arguments[0]);
      if (target) mark(target, "*");
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

function isTypeOnly(symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return (target.flags & ts.SymbolFlags.Value) === 0;
}

const dead = [];
for (const file of ours) {
  if (!file.fileName.startsWith(src) || isEntry(file.fileName)) continue;
  const names = used.get(file.fileName) ?? new Set();
  if (names.has("*")) continue;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    if (names.has(symbol.name)) continue;
    const decl = symbol.declarations?.[0];
    // A type (interface or alias) names the options or result of an exported function: it is
    // part of that function's signature even when callers never spell it.
    if (isTypeOnly(symbol)) continue;
    const line = decl ? file.getLineAndCharacterOfPosition(decl.getStart()).line + 1 : 0;
    dead.push(`${path.relative(root, file.fileName)}:${line}: ${symbol.name} is exported but no other file imports it`);
  }
}

for (const line of dead) console.error(line);
if (dead.length > 0) {
  console.error("check-dead-exports: remove these, or drop `export` from what only its own file uses");
  process.exit(1);
}
console.log("no dead exports in src/");
