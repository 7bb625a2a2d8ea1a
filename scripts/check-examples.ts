/**
 * Checks the documentation's examples (`npm run check:examples`, run by CI):
 *
 *   1. every export of the two public entry points (`src/index.ts` → `newsdoc`,
 *      `src/ecosystem/index.ts` → `newsdoc/ecosystem`) has TSDoc with an `@example` holding a
 *      fenced ```ts block;
 *   2. every ```ts block of those `@example` tags, and every ```ts block of README.md, compiles:
 *      each is written as a module to a temporary folder and all are type-checked in one program
 *      with the repository's compiler options, `newsdoc` and `newsdoc/ecosystem` mapped to the
 *      sources.
 *
 * TSDoc examples must compile on their own: they import what they use and `declare` their inputs.
 * README blocks continue one another and the prose around them, so they get {@link README_PRELUDE}
 * (the inputs the README leaves to the reader) and an import of the newsdoc names they use without
 * importing them.
 *
 * Prints each failure with the file and line of the example, and exits non-zero on any.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRY_POINTS = [
  { specifier: 'newsdoc', file: 'src/index.ts' },
  { specifier: 'newsdoc/ecosystem', file: 'src/ecosystem/index.ts' },
] as const;

/**
 * What README's snippets take from the prose around them or from earlier snippets: a module that
 * each README block imports the names of that it uses without declaring them.
 */
const README_PRELUDE = `import type { Article, EntityType } from 'newsdoc';
/** The article text or Markdown the reader has. */
export declare const text: string;
export declare const markdown: string;
export declare const html: string;
/** A JSON request body. */
export declare const body: string;
/** Any value to validate. */
export declare const value: unknown;
/** An article parsed in an earlier snippet. */
export declare const article: Article;
/** The reader's own entity model. */
export declare function myModel(text: string): { label: EntityType; start: number; end: number }[];
/** The reader's use of a valid article. */
export declare function use(article: Article): void;
`;
const README_CONTEXT = [...README_PRELUDE.matchAll(/^export declare (?:const|function) (\w+)/gm)].map((match) => match[1]!);

/** A line of documentation: its text, and where that text starts in its file. */
interface Line {
  text: string;
  /** 1-based line number. */
  line: number;
  /** 0-based column of `text`'s first character (after a comment's ` * `). */
  column: number;
}

/** One ```ts block: its code and where it is written. */
interface Example {
  /** Repository-relative file, e.g. `src/parse.ts` or `README.md`. */
  source: string;
  /** The export it documents, or `README`. */
  owner: string;
  /** The block's code lines, in place. */
  lines: Line[];
  /** Lines put before the code (README blocks' imports), which are in no file. */
  prefix: string[];
}

/** Fenced ```ts blocks (also ```typescript) in `lines`. */
function fencedBlocks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  let open: { body: Line[]; ts: boolean; fence: string } | null = null;
  for (const line of lines) {
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line.text);
    if (open === null) {
      if (fence) open = { body: [], ts: /^(ts|typescript)$/i.test(fence[2] ?? ''), fence: fence[1] ?? '```' };
    } else if (fence && fence[1] === open.fence && (fence[2] ?? '') === '') {
      if (open.ts) blocks.push(open.body);
      open = null;
    } else {
      open.body.push(line);
    }
  }
  return blocks;
}

/** The lines of each `@example` section of a JSDoc comment that starts on `commentLine` (1-based). */
function exampleSections(comment: string, commentLine: number): Line[][] {
  const sections: Line[][] = [];
  let current: Line[] | null = null;
  let inFence = false;
  comment.split('\n').forEach((raw, index) => {
    // Drop `/**`, `*/` and each line's leading ` * `; remember how much was dropped in front.
    const trimmed = raw.replace(/\s*\*\/\s*$/, '');
    const lead = /^(\s*\/\*\*\s?|\s*\*(?!\/) ?)?/.exec(trimmed)?.[0] ?? '';
    const line: Line = { text: trimmed.slice(lead.length), line: commentLine + index, column: lead.length };
    if (/^\s*(`{3,}|~{3,})/.test(line.text)) inFence = !inFence;
    const tag = inFence ? null : /^\s*@(\w+)/.exec(line.text);
    if (tag) {
      current = tag[1] === 'example' ? [] : null;
      if (current) sections.push(current);
      // Text after `@example` on the same line is the example's title, not code.
      return;
    }
    current?.push(line);
  });
  return sections;
}

const configPath = join(root, 'tsconfig.json');
const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  },
});
if (!parsed) throw new Error(`cannot read ${configPath}`);
const options: ts.CompilerOptions = {
  ...parsed.options,
  noEmit: true,
  moduleDetection: ts.ModuleDetectionKind.Force,
  paths: {
    ...Object.fromEntries(ENTRY_POINTS.map(({ specifier, file }) => [specifier, [join(root, file)]])),
    'newsdoc/schemas/article.schema.json': [join(root, 'schemas/article.schema.json')],
  },
};

// ─── 1. The exports and their examples ───────────────────────────────────────────────────────────
const sourceProgram = ts.createProgram(
  ENTRY_POINTS.map(({ file }) => join(root, file)),
  options,
);
const checker = sourceProgram.getTypeChecker();
const examples: Example[] = [];
const missing: string[] = [];
const seen = new Set<ts.Declaration>();
/** How many names each entry point exports, and how many distinct things they name. */
const exportCounts = new Map<string, number>();
const distinct = new Set<ts.Symbol>();

for (const { specifier, file } of ENTRY_POINTS) {
  const sourceFile = sourceProgram.getSourceFile(join(root, file));
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new Error(`cannot read the exports of ${file}`);
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    exportCounts.set(specifier, (exportCounts.get(specifier) ?? 0) + 1);
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    distinct.add(symbol);
    const declarations = symbol.declarations ?? [];
    const name = `${specifier}: ${exported.name}`;
    // The same declaration exported by both entry points (toNinjs) is checked once.
    if (declarations.length > 0 && declarations.every((declaration) => seen.has(declaration))) continue;
    for (const declaration of declarations) seen.add(declaration);
    const found: Example[] = [];
    for (const declaration of declarations) {
      const file = declaration.getSourceFile();
      for (const doc of ts.getJSDocCommentsAndTags(declaration)) {
        if (!ts.isJSDoc(doc)) continue;
        const commentLine = file.getLineAndCharacterOfPosition(doc.getStart(file)).line + 1;
        for (const section of exampleSections(doc.getText(file), commentLine)) {
          for (const lines of fencedBlocks(section)) {
            found.push({ source: relative(root, file.fileName), owner: name, lines, prefix: [] });
          }
        }
      }
    }
    if (found.length === 0) {
      const where = declarations[0];
      const at = where
        ? `${relative(root, where.getSourceFile().fileName)}:${where.getSourceFile().getLineAndCharacterOfPosition(where.getStart()).line + 1}`
        : 'no declaration';
      missing.push(`${name} (${at})`);
    }
    examples.push(...found);
  }
}

// ─── README.md ───────────────────────────────────────────────────────────────────────────────────
/** Every exported name, with the entry point it is imported from and whether it is only a type. */
const exportNames = new Map<string, { specifier: string; typeOnly: boolean }>();
for (const { specifier, file } of [...ENTRY_POINTS].reverse()) {
  // Names both entry points export are imported from `newsdoc`, which comes last.
  const moduleSymbol = checker.getSymbolAtLocation(sourceProgram.getSourceFile(join(root, file))!)!;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    exportNames.set(exported.name, { specifier, typeOnly: (symbol.flags & ts.SymbolFlags.Value) === 0 });
  }
}
const readmeLines = readFileSync(join(root, 'README.md'), 'utf8')
  .split('\n')
  .map((text, index): Line => ({ text, line: index + 1, column: 0 }));
const readmeExamples: Example[] = fencedBlocks(readmeLines).map((lines) => {
  const code = lines.map((line) => line.text).join('\n');
  const uses = (name: string) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(code);
  const imported = new Set(
    [...code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((match) =>
      (match[1] ?? '').split(',').map((part) => part.trim().split(/\s+as\s+/).pop()!.replace(/^type\s+/, '')),
    ),
  );
  const wanted = new Map<string, string[]>();
  for (const [name, { specifier, typeOnly }] of exportNames) {
    if (!imported.has(name) && uses(name)) wanted.set(specifier, [...(wanted.get(specifier) ?? []), typeOnly ? `type ${name}` : name]);
  }
  const prefix = [...wanted].map(([specifier, names]) => `import { ${names.join(', ')} } from '${specifier}';`);
  const context = README_CONTEXT.filter(
    (name) => uses(name) && !new RegExp(`\\b(const|let|var|function)\\s+${name}\\b`).test(code),
  );
  if (context.length > 0) prefix.push(`import { ${context.join(', ')} } from './prelude.js';`);
  return { source: 'README.md', owner: 'README', lines, prefix };
});

// ─── 2. Type-check every example in one program ─────────────────────────────────────────────────
const dir = mkdtempSync(join(tmpdir(), 'newsdoc-examples-'));
const failures: string[] = [];
try {
  // ES modules, and the repository's packages (zod, unified, vfile ...) resolvable as in a project.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'readme'));
  const prelude = join(dir, 'readme', 'prelude.ts');
  writeFileSync(prelude, README_PRELUDE);

  const files = new Map<string, Example>();
  const write = (file: string, example: Example) => {
    writeFileSync(file, [...example.prefix, ...example.lines.map((line) => line.text)].join('\n') + '\n');
    files.set(file, example);
  };
  examples.forEach((example, index) => write(join(dir, `example-${String(index + 1).padStart(3, '0')}.ts`), example));
  readmeExamples.forEach((example, index) => write(join(dir, 'readme', `block-${String(index + 1).padStart(2, '0')}.ts`), example));

  // Reusing the first program's source files, only the examples are new.
  const program = ts.createProgram([...files.keys()], options, undefined, sourceProgram);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...[...files.keys(), prelude].flatMap((file) => {
      const sourceFile = program.getSourceFile(file);
      return sourceFile ? [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)] : [];
    }),
  ];
  for (const diagnostic of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n    ');
    const example = diagnostic.file && files.get(diagnostic.file.fileName);
    if (diagnostic.file && example && diagnostic.start !== undefined) {
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      const at = example.lines[line - example.prefix.length];
      const where = at ? `${example.source}:${at.line}:${at.column + character + 1}` : `${example.source}:${example.lines[0]?.line ?? 0} (its imports)`;
      failures.push(`${where} (example of ${example.owner}): TS${diagnostic.code}: ${message}`);
    } else {
      failures.push(`${diagnostic.file ? relative(root, diagnostic.file.fileName) : 'options'}: TS${diagnostic.code}: ${message}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

for (const line of missing) process.stderr.write(`missing @example with a \`\`\`ts block: ${line}\n`);
for (const line of failures) process.stderr.write(`${line}\n`);
const counted = [...exportCounts].map(([specifier, count]) => `${count} of ${specifier}`).join(', ');
process.stdout.write(
  `exports: ${counted} (${distinct.size} distinct), ${missing.length} without an example\n` +
    `examples: ${examples.length} from TSDoc and ${readmeExamples.length} from README.md type-checked, ${failures.length} errors\n`,
);
if (missing.length > 0 || failures.length > 0) process.exitCode = 1;
