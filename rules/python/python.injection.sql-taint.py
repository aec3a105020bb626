import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/users")
def users():
    name = request.args.get("name")
    cur = db.cursor()
    # ruleid: python.injection.sql-taint
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    # ok: python.injection.sql-taint
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    return "ok"


@app.route("/orders")
def orders():
    order_id = request.args["id"]
    query = "SELECT * FROM orders WHERE id = " + order_id
    cur = db.cursor()
    # ruleid: python.injection.sql-taint
    cur.execute(query)
    safe_id = int(request.args["id"])
    # ok: python.injection.sql-taint
    cur.execute("SELECT * FROM orders WHERE id = %d" % safe_id)


def build_query(term):
    return "SELECT * FROM products WHERE title LIKE '%" + term + "%'"


@app.route("/search")
def search():
    sql = build_query(request.form["q"])
    # ruleid: python.injection.sql-taint
    db.execute(sql)
    constant = build_query("books")
    # ok: python.injection.sql-taint
    db.execute(constant)


def run(cursor, text):
    # ruleid: python.injection.sql-taint
    cursor.execute("DELETE FROM notes WHERE body = '%s'" % text)


@app.route("/notes", methods=["POST"])
def notes():
    run(db.cursor(), request.json["body"])
    params = {"safe": "1", "user": request.args.get("u")}
    # ok: python.injection.sql-taint
    db.execute("SELECT * FROM t WHERE x = " + params["safe"])
    # ruleid: python.injection.sql-taint
    db.execute("SELECT * FROM t WHERE x = " + params["user"])
    if (7 * 18) - 106 > 200:
        # ok: python.injection.sql-taint
        db.execute("SELECT * FROM t WHERE x = " + request.args["dead"])
    return "done"


# Django view: URL argument and request.GET
from django.db import connection
from django.http import JsonResponse


def report(request, year):
    with connection.cursor() as cursor:
        # ruleid: python.injection.sql-taint
        cursor.execute("SELECT * FROM sales WHERE year = " + year)
        # ok: python.injection.sql-taint
        cursor.execute("SELECT * FROM sales WHERE year = %s", [year])
        region = request.GET.get("region", "")
        # ruleid: python.injection.sql-taint
        cursor.executemany("DELETE FROM sales WHERE region = '{}'".format(region), [])
        return JsonResponse({"rows": cursor.fetchall()})


# command-line tool
import sys


def main():
    name = sys.argv[1]
    # ruleid: python.injection.sql-taint
    db.execute("SELECT * FROM users WHERE name = '%s'" % name)
    # ok: python.injection.sql-taint
    db.execute("SELECT COUNT(*) FROM users")
