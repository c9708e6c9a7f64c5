/**
 * What one device may carry into the field. A commune of the three target districts has 1–3 thousand
 * registered people; a person is about 0.4 kB in IndexedDB, so 5,000 people are about 2 MB, far inside
 * what a phone browser grants an origin (Chromium: a share of free disk; Safari: 1 GB before asking).
 */
export const OFFLINE_LIMITS = {
  /** Activities taken offline at once. */
  activities: 5,
  /** People of all taken communes together. */
  people: 5000,
  /** Changes waiting to be sent; past this the officer must sync before recording more. */
  queue: 2000,
} as const;

/** The estimate shown beside the limits ("about 2 MB"), in bytes per stored person. */
export const BYTES_PER_PERSON = 400;
