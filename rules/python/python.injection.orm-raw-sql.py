from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_db
from .models import User

app = FastAPI()


@app.get("/users/by-name")
def by_name(name: str, db: Session = Depends(get_db)):
    # ruleid: python.injection.orm-raw-sql
    rows = db.execute(text(f"SELECT id, email FROM users WHERE name = '{name}'")).fetchall()
    # ok: python.injection.orm-raw-sql
    safe = db.execute(text("SELECT id, email FROM users WHERE name = :name"), {"name": name}).fetchall()
    return {"rows": [dict(r._mapping) for r in rows + safe]}


@app.get("/users/sorted")
def sorted_users(order: str, db: Session = Depends(get_db)):
    # ruleid: python.injection.orm-raw-sql
    return db.query(User).order_by(text(order)).all()


# Django
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Article


def articles(request):
    author = request.GET.get("author", "")
    # ruleid: python.injection.orm-raw-sql
    found = Article.objects.raw("SELECT * FROM blog_article WHERE author = '%s'" % author)
    # ok: python.injection.orm-raw-sql
    same = Article.objects.raw("SELECT * FROM blog_article WHERE author = %s", [author])
    # ruleid: python.injection.orm-raw-sql
    extra = Article.objects.extra(where=["author = '" + author + "'"])
    # ok: python.injection.orm-raw-sql
    ranked = Article.objects.annotate(rank=RawSQL("SELECT COUNT(*) FROM blog_like WHERE article_id = blog_article.id", ()))
    limit = int(request.GET.get("limit", "10"))
    # ok: python.injection.orm-raw-sql
    top = Article.objects.raw(f"SELECT * FROM blog_article LIMIT {limit}")
    return JsonResponse({"n": len(list(found)) + len(list(same)) + extra.count() + ranked.count() + len(list(top))})
