import re
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.get("/notes/grep")
def grep_notes():
    pat = request.args["re"]
    with sqlite3.connect("allotments.db") as db:
        notes = [r[0] for r in db.execute("SELECT body FROM plot_notes")]
    return {"hits": [n for n in notes if re.search(pat, n)]}
