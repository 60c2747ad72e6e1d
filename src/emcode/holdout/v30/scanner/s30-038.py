import sqlite3

from flask import Flask, abort, send_from_directory

app = Flask(__name__)
STORE = "/srv/admissions/documents"


@app.get("/documents/<int:doc_id>")
def document(doc_id):
    with sqlite3.connect("admissions.db") as conn:
        row = conn.execute("SELECT stored_name, mime FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        abort(404)
    return send_from_directory(STORE, row[0], mimetype=row[1])
