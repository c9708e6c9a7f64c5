import { readFileSync } from 'node:fs';
import type { ManifestTransform } from 'workbox-build';

interface Chunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The files of the portal's own page (index.html and everything it may load), read from Vite's build
 * manifest: the service worker precaches those and not GraphiQL's page (React, CodeMirror: about 1.2 MB
 * that an officer in the field never opens). Pages named in `skip` are left out too with what only they use.
 */
export function portalShellOnly(manifestPath: string, skip: RegExp): ManifestTransform {
  return async (entries) => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
    const wanted = new Set<string>();
    const walk = (key: string): void => {
      const chunk = manifest[key];
      if (!chunk || wanted.has(chunk.file) || skip.test(chunk.file)) return;
      wanted.add(chunk.file);
      for (const css of chunk.css ?? []) wanted.add(css);
      for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) walk(next);
    };
    walk('index.html');
    const manifestOut = entries.filter((e) => !e.url.startsWith('assets/') || wanted.has(e.url));
    return { manifest: manifestOut, warnings: [] };
  };
}
