import path from 'node:path';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering rule of docs/CONTRIBUTING.md, checked on the real import graph (madge, type imports included): no
 * file cycle in src-shared or src-main, and no file imports a folder that stands above its own (its parent's index
 * or a file of an ancestor folder), so each folder can be read without the ones around it.
 */
const ROOT = path.resolve(__dirname, '../..');

/** One graph for both checks: each file (relative to ROOT) with the files it imports, type imports included. */
let result: Awaited<ReturnType<typeof madge>>;

beforeAll(async () => {
  result = await madge(['src-shared', 'src-main'], {
    baseDir: ROOT,
    fileExtensions: ['ts', 'tsx'],
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
}, 120_000);

describe('import graph of src-shared and src-main', () => {
  it('has no cycle', () => {
    expect(result.circular()).toEqual([]);
  });

  it('has no file that imports a folder above its own', () => {
    const upward: string[] = [];
    for (const [file, imports] of Object.entries(result.obj())) {
      const dir = path.posix.dirname(file);
      for (const target of imports) {
        const targetDir = path.posix.dirname(target);
        if (targetDir !== dir && dir.startsWith(`${targetDir}/`)) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
