/**
 * The part of madge's API (madge 8, lib/api.js) that the import-graph test reads; madge ships no types. `obj()` maps
 * each file (relative to `baseDir`) to the files it imports; `circular()` lists each cycle as its files in order.
 */
declare module 'madge' {
  export interface MadgeResult {
    obj(): Record<string, string[]>;
    circular(): string[][];
  }
  interface MadgeConfig {
    baseDir?: string;
    fileExtensions?: string[];
    detectiveOptions?: Record<string, Record<string, unknown>>;
  }
  export default function madge(paths: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
