import sqlite3
from flask import Flask, request, g, abort
from markupsafe import escape

app = Flask(__name__)


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect("blog.db")
    return g.conn


def layout(title, inner):
    return "<html><head><title>%s</title></head><body>%s</body></html>" % (title, inner)


@app.get("/post/<int:post_id>")
def show(post_id):
    row = db().execute("SELECT title, body FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        abort(404)
    return layout(escape(row[0]), "<h1>%s</h1><div>%s</div>" % (escape(row[0]), escape(row[1])))


@app.get("/search")
def search():
    q = request.args.get("q", "")
    rows = db().execute("SELECT id, title FROM posts WHERE title LIKE ?", ("%" + q + "%",)).fetchall()
    hits = "".join("<li>%s</li>" % escape(t) for _, t in rows)
    heading = "<h2>Results for " + q + "</h2>"
    return layout("Search", heading + "<ul>" + hits + "</ul>")
