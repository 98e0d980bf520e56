// Typesets TeX for hooks/katex.py. Reads one JSON array of {tex, display} per line on
// stdin and answers one JSON array of {html} or {error} per line, so a whole page costs
// one round trip and the build starts node once.
const katex = require("katex");
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const answers = JSON.parse(line).map(({ tex, display }) => {
    try {
      // throwOnError + strict: a typo in a formula is an error, never red text on the page.
      return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error", output: "htmlAndMathml" }) };
    } catch (err) {
      return { error: String(err.message || err) };
    }
  });
  process.stdout.write(JSON.stringify(answers) + "\n");
});
