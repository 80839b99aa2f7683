// The JSX types of @omf/elements (generated from its custom-elements manifest): attributes, the
// `data` property and `onomf-load` / `onomf-error` listeners of every <omf-*> element.
/// <reference types="@omf/elements/jsx-react" />
