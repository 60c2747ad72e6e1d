import csv
import io
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/roster/import")
def import_roster():
    text = request.files["roster"].read().decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    rows = [(r["student_id"], r["course"], r.get("section", "01")) for r in reader]
    with sqlite3.connect("registrar.db") as db:
        db.executemany("INSERT OR IGNORE INTO enrollments (student_id, course, section) VALUES (?, ?, ?)", rows)
    return {"imported": len(rows)}
