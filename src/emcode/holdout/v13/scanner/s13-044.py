from markupsafe import escape
from flask import Flask

app = Flask(__name__)
DEVICES = [{"id": 1, "label": "kitchen"}]

@app.route("/devices")
def devices():
    rows = []
    for d in DEVICES:
        rows.append(f"<tr><td>{d['id']}</td><td>{escape(d['label'])}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"
