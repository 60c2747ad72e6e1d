from flask import Flask, request
from html import escape as h
import csv
import io

app = Flask(__name__)


def cell(value: str) -> str:
    return "<td>" + h(value, quote=True) + "</td>"


@app.route("/preview", methods=["POST"])
def preview_csv():
    title = h(request.args.get("title", "Preview"))
    raw = request.files["file"].read().decode("utf-8", "replace")
    rows = list(csv.reader(io.StringIO(raw)))[:20]
    out = ["<h3>" + title + "</h3>", "<table>"]
    for row in rows:
        out.append("<tr>" + "".join(cell(c) for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
