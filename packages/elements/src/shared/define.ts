import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { omfVersion?: string };

/**
 * Registers an element unless its tag already is. Including OMF Kit twice on a page never throws;
 * when another version holds the tag, one console warning names both versions.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing.omfVersion !== VERSION) {
      console.warn(`[${tag}] is already registered by ${existing.omfVersion ? `OMF Kit ${existing.omfVersion}` : 'another script'}; OMF Kit ${VERSION} left it as it is.`);
    }
    return;
  }
  (constructor as VersionedConstructor).omfVersion = VERSION;
  customElements.define(tag, constructor);
}
