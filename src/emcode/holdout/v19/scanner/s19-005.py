from flask import Flask, request
import csv
import io

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview_csv():
    title = request.args.get("title", "Preview")
    raw = request.files["file"].read().decode("utf-8", "replace")
    rows = list(csv.reader(io.StringIO(raw)))[:20]
    out = ["<h3>" + title + "</h3>", "<table>"]
    for row in rows:
        cells = "".join(f"<td>{c}</td>" for c in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)
