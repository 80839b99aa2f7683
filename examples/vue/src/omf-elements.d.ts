// The template types of @omf/elements (generated from its custom-elements manifest): attributes, the
// `data` property and `@omf-load` / `@omf-error` handlers of every <omf-*> element.
/// <reference types="@omf/elements/jsx-vue" />
