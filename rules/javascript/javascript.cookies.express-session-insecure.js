const express = require("express");
const session = require("express-session");

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    // ruleid: javascript.cookies.express-session-insecure
    cookie: { secure: false, maxAge: 86400000 },
  }),
);

const adminApp = express();
adminApp.use(
  session({
    secret: process.env.SESSION_SECRET,
    // ruleid: javascript.cookies.express-session-insecure
    cookie: { httpOnly: false, secure: true },
  }),
);

const safeApp = express();
safeApp.set("trust proxy", 1);
safeApp.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    // ok: javascript.cookies.express-session-insecure
    cookie: { httpOnly: true, secure: true, sameSite: "lax" },
  }),
);

// ok: javascript.cookies.express-session-insecure
safeApp.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

module.exports = { app, adminApp, safeApp };
