from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session

from .auth import get_current_admin, get_current_user
from .db import get_db
from .models import User

app = FastAPI()


# ruleid: python.access-control.fastapi-missing-auth
@app.get("/admin/users")
def list_users(db: Session = Depends(get_db)):
    return db.query(User).all()


# ok: python.access-control.fastapi-missing-auth
@app.get("/v2/admin/users")
def list_users_safe(db: Session = Depends(get_db), admin: User = Depends(get_current_admin)):
    return db.query(User).all()


# ruleid: python.access-control.fastapi-missing-auth
@app.delete("/notes/{note_id}")
async def delete_note(note_id: int, db: Session = Depends(get_db)):
    db.execute("DELETE FROM notes WHERE id = :id", {"id": note_id})


# ok: python.access-control.fastapi-missing-auth
@app.delete("/v2/notes/{note_id}", dependencies=[Depends(get_current_user)])
async def delete_note_safe(note_id: int, db: Session = Depends(get_db)):
    db.execute("DELETE FROM notes WHERE id = :id", {"id": note_id})


# ok: python.access-control.fastapi-missing-auth
@app.get("/health")
def health():
    return {"ok": True}
