import sqlite3
from flask import Flask, abort, redirect

app = Flask(__name__)


@app.route("/s/<code>")
def follow(code):
    if not code.isalnum() or len(code) > 12:
        abort(404)
    with sqlite3.connect("links.db") as db:
        row = db.execute("SELECT target FROM links WHERE code = ? AND approved = 1", (code,)).fetchone()
    if row is None:
        abort(404)
    return redirect(row[0], code=302)
