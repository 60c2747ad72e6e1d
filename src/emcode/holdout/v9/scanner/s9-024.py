import sqlite3
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/admin/purge")
def purge():
    raw = request.form.get("ids", "")
    try:
        ids = [int(x) for x in raw.split(",") if x.strip()]
    except ValueError:
        abort(400)
    if not ids:
        return "nothing to do"
    marks = ",".join("?" for _ in ids)
    con = sqlite3.connect("blog.db")
    with con:
        con.execute(f"DELETE FROM comments WHERE post_id IN ({marks})", ids)
        con.execute(f"DELETE FROM posts WHERE id IN ({marks})", ids)
    return f"purged {len(ids)}"
