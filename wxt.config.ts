import { dirname, resolve } from 'node:path';
import type { Rollup } from 'vite';
import { defineConfig } from 'wxt';
import { formatProblem } from './utils/dataset/compile';
import { DATASET_PATH, serializeDataset } from './utils/dataset/load';
import { emitArtefactFiles } from './utils/match/emit';
import { compileDatasetDir } from './utils/dataset/read-sources';
import { contentScriptMatches } from './utils/sites';

/**
 * Rollup's manualChunks: the popup script's own imports, and the modules Vite and WXT add to every page, go to one
 * chunk, not stylesheets and not the script itself (its code renders the popup). Rollup brings every module they
 * import statically into the chunk with them.
 */
function popupChunk(popupHtml: string): Rollup.ManualChunksOption {
  let popupModules: Set<string> | null = null;
  return (id, { getModuleInfo }) => {
    if (!popupModules) {
      // The page's own script(s) live in its folder.
      const pageImports = getModuleInfo(resolve(popupHtml))?.importedIds ?? [];
      const isScript = (imported: string) => imported.startsWith(dirname(resolve(popupHtml)));
      const scriptImports = pageImports.filter(isScript).flatMap((script) => getModuleInfo(script)?.importedIds ?? []);
      popupModules = new Set([...pageImports.filter((imported) => !isScript(imported)), ...scriptImports]);
    }
    return popupModules.has(id) && !/\.css(?:$|\?)/.test(id) ? 'popup-core' : undefined;
  };
}

// Firefox requires this declaration; WXT's manifest types do not know it yet.
const geckoSettings = {
  id: 'tilsvar@tilsvar.no',
  strict_min_version: '142.0',
  data_collection_permissions: { required: ['none'] },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: contentScriptMatches(),
    action: { default_title: '__MSG_extName__' },
    // The in-page notice frames the popup page; only the registered news sites may load it.
    web_accessible_resources: [{ resources: ['popup.html', 'chunks/*', 'assets/*'], matches: contentScriptMatches() }],
    browser_specific_settings: { gecko: geckoSettings as { id: string } },
  },
  hooks: {
    // The content script runs on every news page and has a 12 KB gzip budget (npm run bench:ui).
    'vite:build:extendConfig': (entrypoints, config) => {
      const popup = entrypoints.find((entrypoint) => entrypoint.type === 'popup');
      if (popup) {
        // The popup's budget is its time to data on screen, and each file an extension page loads costs a few
        // milliseconds of requests before anything runs: everything the popup imports statically goes into one
        // chunk, so the popup loads two scripts instead of seven (npm run bench:ui). Other pages load it too.
        const output = config.build?.rollupOptions?.output;
        if (output && !Array.isArray(output)) output.manualChunks = popupChunk(popup.inputPath);
        return;
      }
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      // Terser with three passes makes it about 575 bytes gzip smaller than the default (esbuild) minifier.
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 3, pure_getters: true }, mangle: { toplevel: true }, format: { comments: false } },
      };
      // Of the extension API it calls only runtime.sendMessage, which Chromium and Firefox both give as a promise: it skips
      // webextension-polyfill (about 3 KB gzip) and gets WXT's plain `browser` instead.
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: 'wxt/browser', replacement: '@wxt-dev/browser' },
          // WXT's context posts the extension's id to the page; ours does not (see utils/content-context.ts).
          { find: 'wxt/utils/content-script-context', replacement: resolve(import.meta.dirname, 'utils/content-context.ts') },
          ...list.filter((a) => a.find !== 'wxt/browser'),
        ],
      };
    },
    // The dataset is validated and compiled on every build; any error stops the build.
    'build:publicAssets': (_wxt, files) => {
      const { dataset, problems } = compileDatasetDir(resolve(import.meta.dirname, 'data'));
      for (const problem of problems) console.error(formatProblem(problem));
      if (!dataset) throw new Error(`The dataset has ${problems.filter((p) => p.severity === 'error').length} error(s); see above.`);
      // dataset.json: what pack validation checks packs against. match/: the index the background searches.
      files.push({ relativeDest: DATASET_PATH.slice(1), contents: serializeDataset(dataset) });
      files.push(...emitArtefactFiles(dataset, resolve(import.meta.dirname, '.wxt/match-artefact')));
    },
  },
});
