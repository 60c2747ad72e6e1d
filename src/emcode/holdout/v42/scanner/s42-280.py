import io
import re

from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/bracket/export")
def export_bracket():
    label = re.sub(r"[^A-Za-z0-9_-]", "", request.args.get("label", "bracket"))[:40] or "bracket"
    data = io.BytesIO(b"round,team_a,team_b\n1,nightowls,redline\n")
    return send_file(data, mimetype="text/csv", as_attachment=True, download_name=f"{label}.csv")
