import csv
import io

from flask import Flask, request

app = Flask(__name__)


@app.route("/roasts/import", methods=["POST"])
def import_roasts():
    f = request.files["file"]
    reader = csv.DictReader(io.StringIO(f.read().decode("utf-8")))
    out = "<table><tr><th>Batch</th><th>Bean</th><th>Weight</th></tr>"
    for row in reader:
        out += "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            row.get("batch"), row.get("bean"), row.get("weight_kg")
        )
    out += "</table>"
    return out
