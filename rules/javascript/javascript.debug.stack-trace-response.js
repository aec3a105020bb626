const express = require("express");

const app = express();

app.get("/report", async (req, res) => {
  try {
    res.json(await buildReport(req.query.id));
  } catch (err) {
    // ruleid: javascript.debug.stack-trace-response
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  console.error(err);
  // ruleid: javascript.debug.stack-trace-response
  res.status(500).send(`<pre>${err.stack}</pre>`);
});

const safe = express();
// eslint-disable-next-line no-unused-vars
safe.use((err, req, res, next) => {
  console.error(err.stack);
  if (process.env.NODE_ENV === "development") {
    // ok: javascript.debug.stack-trace-response
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
  // ok: javascript.debug.stack-trace-response
  res.status(500).json({ error: "Internal server error" });
});

async function buildReport(id) {
  return { id };
}

module.exports = { app, safe };
