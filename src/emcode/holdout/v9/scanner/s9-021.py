import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/admin/purge")
def purge():
    ids = request.form.get("ids", "")
    con = sqlite3.connect("blog.db")
    script = "BEGIN;\n"
    script += "DELETE FROM comments WHERE post_id IN (" + ids + ");\n"
    script += "DELETE FROM posts WHERE id IN (" + ids + ");\n"
    script += "COMMIT;"
    con.executescript(script)
    return "purged"
