/** The page hands in Vue's reactive proxies, which IndexedDB cannot store (structured clone): plain copies go in. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
