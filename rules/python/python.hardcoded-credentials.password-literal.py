import os

import psycopg2
from flask import Flask

app = Flask(__name__)
# ruleid: python.hardcoded-credentials.password-literal
app.config["SECRET_KEY"] = "dev-9f8a7c6b5d4e"
# ok: python.hardcoded-credentials.password-literal
app.config["SECRET_KEY_FALLBACK"] = os.environ["FLASK_SECRET_KEY"]

# ruleid: python.hardcoded-credentials.password-literal
DB_PASSWORD = "Sup3rS3cret!"
# ok: python.hardcoded-credentials.password-literal
DB_PASSWORD_ENV = os.environ.get("DB_PASSWORD", "")
# ok: python.hardcoded-credentials.password-literal
API_KEY = "changeme"
# ok: python.hardcoded-credentials.password-literal
OPENAI_API_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"
# ok: python.hardcoded-credentials.password-literal
DATABASE_URL = "postgres://admin:password123@localhost/db"


def connect():
    # ruleid: python.hardcoded-credentials.password-literal
    return psycopg2.connect(host="db", user="app", password="hunter2-prod")


def connect_safe():
    # ok: python.hardcoded-credentials.password-literal
    return psycopg2.connect(host="db", user="app", password=os.environ["DB_PASSWORD"])
