import re
from urllib.parse import quote
from flask import Flask, request, Response
from .storage import load_blob

app = Flask(__name__)


@app.get("/export")
def export():
    wanted = request.args.get("name", "export.csv")
    name = re.sub(r"[^A-Za-z0-9._-]", "_", wanted)[:80] or "export.csv"
    resp = Response(load_blob("exports/latest.csv"), mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(name)
    return resp
