import express, { Request, Response, NextFunction } from "express";

const app = express();

app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  if (process.env.NODE_ENV === "development") {
    // ok: typescript.debug.stack-trace-exposure
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
  // ruleid: typescript.debug.stack-trace-exposure
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.get("/report", async (req: Request, res: Response) => {
  try {
    res.json(await buildReport());
  } catch (e) {
    const error = e as Error;
    // ruleid: typescript.debug.stack-trace-exposure
    res.status(500).send(`<pre>${error.stack}</pre>`);
    console.error(error.stack);
    // ok: typescript.debug.stack-trace-exposure
    res.status(500).json({ error: "Internal server error" });
  }
});
