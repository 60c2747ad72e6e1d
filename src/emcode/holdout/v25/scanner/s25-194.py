import csv
import io
import sqlite3
from flask import Flask, request

app = Flask(__name__)
COLUMNS = ("site", "species", "count", "observed_on")


@app.post("/survey/import")
def import_survey():
    text = request.files["csv"].read().decode("utf-8")
    rows = [tuple(r[c] for c in COLUMNS) for r in csv.DictReader(io.StringIO(text))]
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" * len(COLUMNS))
    sql = f"INSERT INTO observations ({cols}) VALUES ({marks})"
    with sqlite3.connect("survey.db") as conn:
        conn.executemany(sql, rows)
    return {"inserted": len(rows)}, 201
