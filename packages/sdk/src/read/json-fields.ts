/**
 * Type checks for parsed JSON of unknown shape, recording a located problem for each wrong or
 * missing field instead of stopping at the first.
 *
 * @module
 */
import type { DataLocation } from '../model/errors.js';
import type { IssueLog } from './issue-log.js';

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object's own property, never one inherited from `Object.prototype` (so a category id such
 * as `constructor` or `__proto__` finds only what the data says).
 */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** How a JSON value's type is named in messages. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Reads typed fields of one JSON object, logging a problem for each missing or mistyped one. */
export class JsonFields {
  constructor(
    readonly raw: JsonObject,
    private readonly log: IssueLog,
    /** Location of a field (a JSON pointer, or a CSV cell for indicator CSVs). */
    readonly locate: (key: string) => DataLocation,
  ) {}

  /** Logs a problem about a field. */
  problem(key: string, message: string): void {
    this.log.error(this.locate(key), key, message);
  }

  /** A text field; required ones must not be empty. */
  string(key: string, required = false): string | undefined {
    const value = this.present(key, required);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.wrongType(key, 'text', value);
    if (required && value.trim() === '') {
      this.problem(key, `${key} must not be empty`);
      return undefined;
    }
    return value;
  }

  /** A finite number field. */
  number(key: string, required = false): number | undefined {
    const value = this.present(key, required);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.wrongType(key, 'a number', value);
    return value;
  }

  /** A true/false field. */
  boolean(key: string): boolean | undefined {
    const value = this.present(key, false);
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') return this.wrongType(key, 'true or false', value);
    return value;
  }

  /** A list field. */
  array(key: string, required = false): unknown[] | undefined {
    const value = this.present(key, required);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.wrongType(key, 'a list', value);
    return value;
  }

  /** An object field. */
  object(key: string, required = false): JsonObject | undefined {
    const value = this.present(key, required);
    if (value === undefined) return undefined;
    if (!isJsonObject(value)) return this.wrongType(key, 'an object', value);
    return value;
  }

  /** The raw value, or undefined (logging when required) if absent. */
  private present(key: string, required: boolean): unknown {
    const value = own(this.raw, key);
    if (value === undefined && required) this.problem(key, `missing required field "${key}"`);
    return value;
  }

  private wrongType(key: string, expected: string, value: unknown): undefined {
    this.problem(key, `${key} must be ${expected}, not ${describeJsonType(value)}`);
    return undefined;
  }
}

/** Copies the entries whose value is defined, so optional fields are absent rather than `undefined`. */
export function definedOnly<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
