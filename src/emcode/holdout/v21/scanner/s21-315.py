from flask import Flask, request, make_response
import sqlite3

app = Flask(__name__)
DB = "blog.db"


def find_posts(term):
    conn = sqlite3.connect(DB)
    try:
        cur = conn.execute("SELECT title FROM posts WHERE title LIKE ?", ("%" + term + "%",))
        return [r[0] for r in cur.fetchall()]
    finally:
        conn.close()


@app.route("/search")
def search():
    q = request.args.get("q", "")
    titles = find_posts(q)
    items = "".join("<li>{}</li>".format(t) for t in titles)
    body = "<h1>Results for {}</h1><ul>{}</ul>".format(q, items)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
