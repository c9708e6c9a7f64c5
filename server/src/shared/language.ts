import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/** The languages the server answers in; Vietnamese unless the caller asks for English. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

/**
 * The supported language the caller prefers most in an Accept-Language header ("en-US,en;q=0.9"),
 * or Vietnamese. Unknown languages and malformed parts are skipped rather than refused.
 */
export function languageOf(header: string | undefined): Language {
  let best: { language: Language; q: number } | null = null;
  for (const part of (header ?? '').slice(0, 500).split(',')) {
    const [tag, ...options] = part.trim().toLowerCase().split(';');
    const language = LANGUAGES.find((l) => tag === l || tag.startsWith(`${l}-`));
    const qOption = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const q = qOption ? Number(qOption.slice(2)) : 1;
    if (language && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { language, q };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

const requestLanguage = new AsyncLocalStorage<Language>();

/**
 * The language of the request being served. Errors are made deep inside services, far from the request,
 * so the language travels with the request's async context instead of through every call.
 */
export function currentLanguage(): Language {
  return requestLanguage.getStore() ?? DEFAULT_LANGUAGE;
}

/** Runs `work` in `language` (tests, and work started outside a request). */
export function inLanguage<T>(language: Language, work: () => T): T {
  return requestLanguage.run(language, work);
}

/** Express middleware: the rest of the request runs in the language of its Accept-Language header. */
export function withRequestLanguage(req: Request, _res: Response, next: NextFunction): void {
  requestLanguage.run(languageOf(req.headers['accept-language']), next);
}
