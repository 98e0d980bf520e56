// Cuts a stylesheet down to the rules the given pages use (PurgeCSS), then to the custom
// properties those rules reach: for hooks/notebooks.py, which serves mkdocs-jupyter's 575 KB
// JupyterLab stylesheet to the notebook pages.
// Usage: node hooks/purge_css.js <stylesheet> <page glob>; rewrites the stylesheet in place.
const fs = require("fs");
const glob = require("fast-glob");
const postcss = require("postcss");
const { PurgeCSS } = require("purgecss");

// PurgeCSS's own `variables` option also drops a property that only another property uses
// (--jp-border-color1 inside --jp-cell-editor-border-color): follow var() chains instead, from
// the rules kept and from the pages themselves (their inline <style> blocks use properties too).
function dropUnreachableProperties(css, pages) {
  const root = postcss.parse(css);
  const uses = (value) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
  const definitions = new Map();
  const reached = new Set(pages.flatMap((page) => uses(fs.readFileSync(page, "utf8"))));
  root.walkDecls((decl) => {
    if (decl.prop.startsWith("--")) {
      definitions.set(decl.prop, [...(definitions.get(decl.prop) || []), ...uses(decl.value)]);
    } else {
      uses(decl.value).forEach((name) => reached.add(name));
    }
  });
  const queue = [...reached];
  while (queue.length) {
    for (const name of definitions.get(queue.pop()) || []) {
      if (!reached.has(name)) {
        reached.add(name);
        queue.push(name);
      }
    }
  }
  root.walkDecls(/^--/, (decl) => {
    if (!reached.has(decl.prop)) decl.remove();
  });
  root.walkRules((rule) => {
    if (!rule.nodes.length) rule.remove();
  });
  return root.toString();
}

const [css, pages] = process.argv.slice(2);
new PurgeCSS()
  .purge({ content: [pages], css: [css], fontFace: true, keyframes: true })
  .then(([result]) => fs.writeFileSync(css, dropUnreachableProperties(result.css, glob.sync(pages))))
  .catch((err) => {
    console.error(String(err));
    process.exit(1);
  });
