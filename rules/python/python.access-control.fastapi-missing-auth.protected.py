from fastapi import Depends, FastAPI

from .auth import require_login

app = FastAPI(dependencies=[Depends(require_login)])


@app.get("/admin/users")
# ok: python.access-control.fastapi-missing-auth
def list_users():
    return []


@app.delete("/notes/{note_id}")
# ok: python.access-control.fastapi-missing-auth
def delete_note(note_id: int):
    return None
