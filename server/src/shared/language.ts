import type { NextFunction, Request, Response } from 'express';
import { currentRequestId, requestStore } from './request-store';

import { LANGUAGES, type Language } from './languages';

export { LANGUAGES, type Language };
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

/**
 * The language of the request being served. Errors are made deep inside services, far from the request,
 * so the language travels with the request's async context instead of through every call.
 */
export function currentLanguage(): Language {
  return requestStore.getStore()?.language ?? DEFAULT_LANGUAGE;
}

/** Runs `work` in `language` (tests, and work started outside a request). */
export function inLanguage<T>(language: Language, work: () => T): T {
  return requestStore.run({ language, requestId: currentRequestId() }, work);
}

/**
 * Express middleware: the rest of the request runs in the language of its Accept-Language header, with
 * its id (given by the access log before it) at hand for every log line (shared/request-store.ts).
 */
export function withRequestLanguage(req: Request, _res: Response, next: NextFunction): void {
  requestStore.run({ language: languageOf(req.headers['accept-language']), requestId: typeof req.id === 'string' ? req.id : null }, next);
}
