from fastapi import Depends, FastAPI

from .auth import require_login

app = FastAPI(dependencies=[Depends(require_login)])


# ok: python.access-control.fastapi-missing-auth
@app.get("/admin/users")
def list_users():
    return []


# ok: python.access-control.fastapi-missing-auth
@app.delete("/notes/{note_id}")
def delete_note(note_id: int):
    return None
