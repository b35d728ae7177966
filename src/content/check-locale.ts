/**
 * Checks a host locale's content against the schemas. Loaded with a dynamic import only when a
 * host registers content, so zod and the schemas stay out of the bundle.
 */
import * as z from 'zod/mini';
import { CONTENT_SCHEMAS } from './registry.js';

export interface CheckedContent {
  valid: Record<string, unknown>;
  /** One line per rejected domain: "contacts.contacts.3.phones.0.digits: Invalid string". */
  problems: string[];
}

export function checkLocaleContent(content: Record<string, unknown>): CheckedContent {
  const valid: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [domain, data] of Object.entries(content)) {
    // Own keys only: a domain named "constructor" or "__proto__" is refused, not looked up on Object.prototype.
    const schema = Object.hasOwn(CONTENT_SCHEMAS, domain) ? CONTENT_SCHEMAS[domain] : undefined;
    if (!schema) {
      problems.push(`"${domain}" is not a content domain (valid: ui, ${Object.keys(CONTENT_SCHEMAS).join(', ')})`);
      continue;
    }
    const result = z.safeParse(schema, data);
    if (result.success) {
      valid[domain] = result.data;
      continue;
    }
    const issue = result.error.issues[0];
    if (!issue) {
      problems.push(`${domain}: invalid`);
      continue;
    }
    const keys = (issue as { keys?: string[] }).keys;
    const path = [domain, ...issue.path.map(String), ...(keys?.length ? [keys.join(', ')] : [])].join('.');
    problems.push(`${path}: ${issue.message}`);
  }
  return { valid, problems };
}
