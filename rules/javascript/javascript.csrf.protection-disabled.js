const express = require("express");
const csrf = require("csurf");
const lusca = require("lusca");

const app = express();
// ruleid: javascript.csrf.protection-disabled
app.use(csrf({ cookie: true, ignoreMethods: ["GET", "HEAD", "OPTIONS", "POST"] }));

const legacy = express();
// ruleid: javascript.csrf.protection-disabled
legacy.use(lusca({ csrf: false, xframe: "SAMEORIGIN" }));

const safe = express();
// ok: javascript.csrf.protection-disabled
safe.use(csrf({ cookie: { httpOnly: true, secure: true, sameSite: "strict" } }));
// ok: javascript.csrf.protection-disabled
safe.use(lusca({ csrf: true, xframe: "SAMEORIGIN", hsts: { maxAge: 31536000 } }));

module.exports = { app, legacy, safe };
