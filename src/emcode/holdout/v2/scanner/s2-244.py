import io
import json

from flask import Flask, send_file

app = Flask(__name__)


@app.route("/export")
def export():
    buf = io.BytesIO(json.dumps({"items": [1, 2, 3]}).encode())
    return send_file(buf, mimetype="application/json", as_attachment=True, download_name="export.json")
