// The app is served from examples/vue/dist/ by the gallery server, so asset URLs are relative.
// Vue must leave <omf-*> to the browser: they are custom elements, not Vue components.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('omf-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
