from flask import Flask, request, render_template, abort
import sqlite3

app = Flask(__name__)


def find_thesis(tid):
    with sqlite3.connect("archive.db") as conn:
        return conn.execute(
            "SELECT author, title, year FROM theses WHERE id = ?", (tid,)
        ).fetchone()


@app.route("/thesis/<int:tid>")
def thesis(tid):
    row = find_thesis(tid)
    if row is None:
        abort(404)
    highlight = request.args.get("hl", "")
    author, title, year = row
    return render_template("thesis.html", author=author, title=title, year=year, highlight=highlight)
