import csv
import io

from flask import Flask, request

app = Flask(__name__)
GRADES = {}


@app.route("/grades/import", methods=["POST"])
def import_grades():
    f = request.files["gradebook"]
    text = io.StringIO(f.read().decode("utf-8"))
    count = 0
    for row in csv.DictReader(text):
        try:
            GRADES[row["student"]] = float(row["grade"])
        except (KeyError, ValueError):
            continue
        count += 1
    return {"imported": count}
