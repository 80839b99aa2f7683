/**
 * Area lookup: codes (current and retired), official names and the spellings real data uses,
 * in English and Gàidhlig. Every lookup is a Map hit.
 *
 * @module
 */
import type { Area } from '../model/types.js';
import { councils, scotland, type CouncilArea } from './councils.js';

/** Interface language: English or Gàidhlig. */
export type Locale = 'en' | 'gd';

/** Words that vary between sources without changing the place: `City of Edinburgh` / `Edinburgh City`, `Perth & Kinross`, `Fife Council`. */
const IGNORED_NAME_WORDS = new Set(['city', 'of', 'and', 'the', 'council']);

/**
 * The key names are matched on: case, accents, punctuation, `&`/`and`, `City of` and spacing
 * do not count, so `Edinburgh, City of`, `City of Edinburgh` and `edinburgh` meet.
 */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !IGNORED_NAME_WORDS.has(word))
    .join(' ');
}

function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

function groupBy(key: (area: CouncilArea) => string | number): ReadonlyMap<string, readonly string[]> {
  const members = new Map<string | number, string[]>();
  for (const area of councils) {
    const group = members.get(key(area));
    if (group) group.push(area.code);
    else members.set(key(area), [area.code]);
  }
  return new Map(councils.map((area) => [area.code, members.get(key(area)) ?? []]));
}

// Built once: the council table is fixed, so every Geography shares these.
const councilByCode: ReadonlyMap<string, CouncilArea> = new Map(councils.map((area) => [area.code, area]));
const familyGroupPeople = groupBy((area) => area.familyGroupPeople);
const familyGroupOther = groupBy((area) => area.familyGroupOther);
const csppMembers = groupBy((area) => area.cspp);

/** A registry of areas: the built-in Scottish geography plus areas declared by data. */
export class Geography {
  /** Every area: Scotland, the 32 councils, then the declared ones. */
  readonly areas: readonly Area[];
  private readonly byCode = new Map<string, Area>();
  /** Retired code to current code. */
  private readonly currentCode = new Map<string, string>();
  private readonly byName = new Map<string, string>();

  /**
   * @param extra - areas declared by data (health boards, intermediate zones...). A declared area
   *   whose code is already known is ignored, and a declared name never takes over a name already
   *   known (the built-in geography, then the first declaration, wins), so data cannot redirect a council.
   */
  constructor(extra: readonly Area[] = []) {
    const areas: Area[] = [];
    for (const area of [scotland, ...councils, ...extra]) {
      const key = codeKey(area.code);
      if (key === '' || this.byCode.has(key) || this.currentCode.has(key)) continue;
      areas.push(area);
      this.byCode.set(key, area);
      const council = councilByCode.get(area.code);
      for (const retired of council?.previousCodes ?? []) this.currentCode.set(codeKey(retired), area.code);
      for (const name of [area.name, area.nameGd, ...(council?.aliases ?? [])]) {
        const nameMatch = name === undefined ? '' : nameKey(name);
        if (nameMatch !== '' && !this.byName.has(nameMatch)) this.byName.set(nameMatch, area.code);
      }
    }
    this.areas = areas;
  }

  /**
   * Current code for a code, a retired code, an official name (English or Gàidhlig) or a known
   * variant (case, `&`/`and`, `City of`, commas, whitespace insensitive); `undefined` if unknown.
   */
  resolve(codeOrName: string): string | undefined {
    const key = codeKey(codeOrName);
    return this.byCode.get(key)?.code ?? this.currentCode.get(key) ?? this.byName.get(nameKey(codeOrName));
  }

  /** The area with this code (current or retired, any case); `undefined` if unknown. */
  get(code: string): Area | undefined {
    const key = codeKey(code);
    return this.byCode.get(key) ?? this.byCode.get(this.currentCode.get(key) ?? '');
  }

  /** The area's name in the locale, falling back to English, then to the text given. Accepts anything {@link Geography.resolve} does. */
  name(code: string, locale: Locale = 'en'): string {
    const resolved = this.resolve(code);
    const area = resolved === undefined ? undefined : this.byCode.get(codeKey(resolved));
    if (!area) return code;
    return (locale === 'gd' ? area.nameGd : undefined) ?? area.name;
  }

  /** True for the 32 council areas (by current or retired code). */
  isCouncil(code: string): boolean {
    const area = this.get(code);
    return area !== undefined && councilByCode.has(area.code);
  }

  /**
   * Member council codes of the council's LGBF family group, itself included, in alphabetical
   * order of name; `[]` if not a council.
   *
   * @param kind - `people` (children, social work, housing: by deprivation) or `other` (by population density).
   */
  familyGroup(code: string, kind: 'people' | 'other' = 'people'): string[] {
    const current = this.get(code)?.code ?? '';
    const groups = kind === 'people' ? familyGroupPeople : familyGroupOther;
    return [...(groups.get(current) ?? [])];
  }

  /** The council's Children's Services Planning Partnership and its member council codes; `undefined` if not a council. */
  cspp(code: string):
    | {
        /** Partnership name. */
        name: string;
        /** GSS codes of the member councils, including `code`'s own. */
        members: string[];
      }
    | undefined {
    const council = councilByCode.get(this.get(code)?.code ?? '');
    if (!council) return undefined;
    return { name: council.cspp, members: [...(csppMembers.get(council.code) ?? [])] };
  }
}

/** The built-in Scottish geography: Scotland and the 32 councils. */
export const builtInGeography: Geography = new Geography();

/** Name of an area of the built-in geography in the locale (English fallback, then the code itself). */
export function areaName(code: string, locale: Locale = 'en'): string {
  return builtInGeography.name(code, locale);
}
