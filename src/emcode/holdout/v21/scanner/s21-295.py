from flask import Flask, request, make_response
from markupsafe import escape
import sqlite3

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    conn = sqlite3.connect("blog.db")
    rows = conn.execute("SELECT title FROM posts WHERE title LIKE ?", (f"%{q}%",)).fetchall()
    conn.close()
    items = "".join("<li>{}</li>".format(escape(r[0])) for r in rows)
    body = "<h1>Results for {}</h1><ul>{}</ul>".format(escape(q), items)
    resp = make_response(body)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
