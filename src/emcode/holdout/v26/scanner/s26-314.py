import re
from flask import Flask, request, Response
from .exports import render_csv

app = Flask(__name__)


@app.get("/export")
def export():
    name = request.args.get("name", "export")
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", name)[:60] or "export"
    resp = Response(render_csv(), mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{safe}.csv"'
    return resp
