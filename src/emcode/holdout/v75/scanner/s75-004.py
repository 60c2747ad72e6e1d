from flask import Flask, abort, send_file
import sqlite3

app = Flask(__name__)


@app.get("/scans/<int:scan_id>/download")
def download(scan_id):
    with sqlite3.connect("archive.db") as con:
        row = con.execute("SELECT path, original_name FROM scans WHERE id = ?", (scan_id,)).fetchone()
    if row is None:
        abort(404)
    path, original = row
    return send_file(path, as_attachment=True, download_name=original)
