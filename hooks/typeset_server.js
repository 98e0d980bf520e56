// Typesets TeX for hooks/typeset.py. Reads one JSON array of {tex, display} per line on stdin
// and answers one JSON array of {mathml} or {error} per line, so a whole page costs one round
// trip and the build starts node once.
const temml = require("temml");
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const answers = JSON.parse(line).map(({ tex, display }) => {
    try {
      // throwOnError + strict: a typo in a formula is an error, never red text on the page.
      // wrap "tex": long inline formulas may break after a relation or a binary operator, as in TeX.
      return { mathml: temml.renderToString(tex, { displayMode: display, throwOnError: true, strict: true, wrap: "tex" }) };
    } catch (err) {
      return { error: String(err.message || err) };
    }
  });
  process.stdout.write(JSON.stringify(answers) + "\n");
});
