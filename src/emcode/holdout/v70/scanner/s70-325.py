import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.get("/notes/grep")
def grep_notes():
    needle = request.args.get("q", "").lower()[:100]
    with sqlite3.connect("allotments.db") as db:
        notes = [r[0] for r in db.execute("SELECT body FROM plot_notes")]
    return {"hits": [n for n in notes if needle in n.lower()]}
