import os
import sqlite3
from flask import Flask, request, redirect, url_for, g, abort
from markupsafe import escape

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["BLOG_SECRET"]
DB_PATH = os.environ.get("BLOG_DB", "blog.db")


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB_PATH)
        g.conn.row_factory = sqlite3.Row
    return g.conn


@app.teardown_appcontext
def close(_exc):
    conn = g.pop("conn", None)
    if conn:
        conn.close()


def layout(title, inner):
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Home</a></nav>{inner}</body></html>"""


@app.get("/")
def index():
    posts = db().execute("SELECT id, title FROM posts ORDER BY id DESC LIMIT 20").fetchall()
    items = ""
    for p in posts:
        safe_title = escape(p["title"])
        items += f'<li><a href="/post/{int(p["id"])}">{safe_title}</a></li>'
    return layout("Blog", f"<ul>{items}</ul>")


@app.get("/post/<int:post_id>")
def show(post_id):
    row = db().execute("SELECT title, body, author FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        abort(404)
    title = escape(row["title"])
    body = escape(row["body"]).replace("\n", "<br>")
    author = escape(row["author"])
    return layout(title, f"<article><h1>{title}</h1><p class='by'>by {author}</p><div>{body}</div></article>")


@app.get("/search")
def search():
    q = request.args.get("q", "")
    rows = db().execute("SELECT id, title FROM posts WHERE title LIKE ? LIMIT 20", (f"%{q}%",)).fetchall()
    shown_q = escape(q)
    hits = "".join(f'<li><a href="/post/{r["id"]}">{escape(r["title"])}</a></li>' for r in rows)
    return layout(f"Search: {shown_q}", f"<h2>{len(rows)} result(s) for {shown_q}</h2><ul>{hits}</ul>")
