import sqlite3
from flask import Flask, abort, send_from_directory

app = Flask(__name__)
PHOTOS = "/srv/tour-photos"


@app.route("/photo/<int:pid>")
def photo(pid):
    with sqlite3.connect("tours.db") as c:
        row = c.execute("SELECT filename FROM photos WHERE id = ?", (pid,)).fetchone()
    if row is None:
        abort(404)
    return send_from_directory(PHOTOS, row[0])
