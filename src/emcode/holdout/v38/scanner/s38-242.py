from flask import Flask, request

app = Flask(__name__)


@app.route("/batch/summary", methods=["POST"])
def batch_summary():
    data = request.get_json(force=True) or {}
    batch = data.get("batch", "?")
    notes = data.get("notes", "")
    out = "<table>"
    out += "<tr><th>Batch</th><td>" + str(batch) + "</td></tr>"
    out += "<tr><th>Notes</th><td>"
    out += notes
    out += "</td></tr></table>"
    return out
