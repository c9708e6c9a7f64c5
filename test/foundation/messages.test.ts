import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import vi from '../../shared/messages/vi';
import en from '../../shared/messages/en';
import { languageOf } from '../../server/src/shared/language';
import { render, renderViolation } from '../../server/src/shared/messages';

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue by its dotted key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [k, v] of leaves(value, path)) found.set(k, v);
  }
  return found;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  const vietnamese = leaves(vi);
  const english = leaves(en);

  it('have both texts for every key, with the same placeholders', () => {
    expect([...english.keys()].sort()).toEqual([...vietnamese.keys()].sort());
    const differing = [...vietnamese].filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join());
    expect(differing).toEqual([]);
    expect([...vietnamese.values(), ...english.values()].filter((text) => text.trim() === '')).toEqual([]);
  });

  it('have a text for every message key the server names', () => {
    const root = join(__dirname, '../../server/src');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const keyPattern = /'((?:errors|rules|import|fileErrors)\.\w+)'/g;
    const named = new Set(sources.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(keyPattern)].map((m) => m[1])));
    expect(named.size).toBeGreaterThan(50);
    expect([...named].filter((key) => !vietnamese.has(key))).toEqual([]);
  });

  it('hold no character vue-i18n would read as syntax besides {placeholder}', () => {
    // The web renders the same texts with vue-i18n: "@" starts a linked message, "|" separates plurals.
    const syntax = [...vietnamese, ...english].filter(([, text]) => /[@|$%]/.test(text.replace(/\{\w+\}/g, '')) || /[{}]/.test(text.replace(/\{\w+\}/g, '')));
    expect(syntax).toEqual([]);
  });

  it('render a rule with the field label users see, in either language', () => {
    const broken = { field: 'birthYear', code: 'yearRange' as const, params: { min: 1920, max: 2011 } };
    expect(renderViolation(broken, 'vi')).toBe('Năm sinh phải từ 1920 đến 2011');
    expect(renderViolation(broken, 'en')).toBe('Birth year must be between 1920 and 2011');
    expect(render('errors.noFunding', { year: 2026 }, 'vi')).toBe(
      'Tỉnh chưa nhập kinh phí năm 2026: cần có vốn trung ương của năm trước khi thêm hoạt động có kinh phí',
    );
  });

  it('take the language from Accept-Language, Vietnamese by default', () => {
    expect(languageOf(undefined)).toBe('vi');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('fr-FR, en;q=0.5, vi;q=0.8')).toBe('vi');
    expect(languageOf('fr, de')).toBe('vi');
    expect(languageOf('en;q=abc')).toBe('vi');
  });
});
