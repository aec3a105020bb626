import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
def welcome(name: str = "guest"):
    # ruleid: python.xss.response-taint
    return HTMLResponse(content=f"<h1>Welcome {name}</h1>")


@app.get("/v2/welcome", response_class=HTMLResponse)
def welcome_safe(name: str = "guest"):
    # ok: python.xss.response-taint
    return HTMLResponse(content=f"<h1>Welcome {html.escape(name)}</h1>")


@app.get("/echo")
async def echo(request: Request):
    msg = request.query_params.get("msg", "")
    # ruleid: python.xss.response-taint
    return HTMLResponse("<pre>" + msg + "</pre>")


@app.get("/api/echo")
def api_echo(msg: str):
    # ok: python.xss.response-taint
    return msg
