import json

from flask import Flask, send_file

app = Flask(__name__)


@app.route("/export")
def export():
    path = "/tmp/export.json"
    with open(path, "w") as fh:
        json.dump({"items": [1, 2, 3]}, fh)
    return send_file(path, as_attachment=True)
