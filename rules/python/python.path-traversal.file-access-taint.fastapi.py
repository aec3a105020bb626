from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
DOCS = Path("/srv/docs").resolve()


@app.get("/docs/{name}")
def read_doc(name: str):
    # ruleid: python.path-traversal.file-access-taint
    return {"text": (DOCS / name).read_text()}


@app.get("/v2/docs/{name}")
def read_doc_safe(name: str):
    target = (DOCS / name).resolve()
    if not target.is_relative_to(DOCS):
        raise HTTPException(status_code=404)
    # ok: python.path-traversal.file-access-taint
    return {"text": target.read_text()}


@app.get("/download")
def download(path: str):
    # ruleid: python.path-traversal.file-access-taint
    return FileResponse(path)
