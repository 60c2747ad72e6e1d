import csv
import io
from html import escape

from flask import Flask, request
from flask_wtf.csrf import CSRFProtect
import os

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
CSRFProtect(app)


@app.route("/roasts/import", methods=["POST"])
def import_roasts():
    f = request.files["file"]
    reader = csv.DictReader(io.StringIO(f.read().decode("utf-8")))
    out = ["<table><tr><th>Batch</th><th>Bean</th><th>Weight</th></tr>"]
    for row in reader:
        cells = [escape(row.get(k) or "") for k in ("batch", "bean", "weight_kg")]
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    return "".join(out)
