import path from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule of docs/CONTRIBUTING.md, checked on the real import graph (madge, type imports included): no
 * file cycle in src-shared or src-main, and no file imports a folder that stands above its own (its parent's index
 * or a file of an ancestor folder), so each folder can be read without the ones around it.
 */
const ROOT = path.resolve(__dirname, '../..');

async function graph(): Promise<Record<string, string[]>> {
  const result = await madge(['src-shared', 'src-main'], {
    baseDir: ROOT,
    fileExtensions: ['ts', 'tsx'],
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
  return result.obj();
}

describe('import graph of src-shared and src-main', () => {
  it('has no cycle', async () => {
    const result = await madge(['src-shared', 'src-main'], { baseDir: ROOT, fileExtensions: ['ts', 'tsx'] });
    expect(result.circular()).toEqual([]);
  }, 120_000);

  it('has no file that imports a folder above its own', async () => {
    const upward: string[] = [];
    for (const [file, imports] of Object.entries(await graph())) {
      const dir = path.posix.dirname(file);
      for (const target of imports) {
        const targetDir = path.posix.dirname(target);
        if (targetDir !== dir && dir.startsWith(`${targetDir}/`)) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  }, 120_000);
});
