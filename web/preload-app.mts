import type { Plugin } from 'vite';

/*
 * The Explorer's entry script asks for the page's data first and only then imports the app (React
 * and the pages, see web/src/main.ts). So that the browser does not wait for the entry script before
 * it starts downloading the app, this adds preload links for the app's chunks to index.html.
 */
export function preloadApp(appModule: string): Plugin {
  return {
    name: 'insider-graph-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return html;
        const chunks = new Map(Object.values(ctx.bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const app = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`preloadApp: no chunk for ${appModule}`);
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (name: string): void => {
          const c = chunks.get(name);
          if (!c || files.has(name)) return;
          files.add(name);
          if (html.includes(`/${name}"`)) return; // linked by Vite already, with what it imports
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          c.imports.forEach(visit);
        };
        visit(app.fileName);
        return {
          html,
          tags: [
            ...[...files].filter((f) => !html.includes(`/${f}"`)).map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const })),
            ...[...css].map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const })),
          ],
        };
      },
    },
  };
}
