import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue must leave the mh-* tags to the browser (custom elements, not Vue components).
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mh-') } } })],
});
