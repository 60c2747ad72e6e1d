import html
import sqlite3
from flask import Flask, request, g

app = Flask(__name__)
DB = "blog.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB)
    return g.db


@app.route("/search")
def search():
    term = request.args.get("q", "")
    shown = html.escape(term, quote=True)
    rows = get_db().execute(
        "SELECT id, title FROM posts WHERE title LIKE ? ORDER BY id DESC LIMIT 20",
        (f"%{term}%",),
    ).fetchall()
    out = "<h1>Results for " + shown + "</h1>\n<ul>"
    for pid, title in rows:
        out += '<li><a href="/post/%d">%s</a></li>' % (pid, html.escape(title))
    out += "</ul>"
    return out


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
