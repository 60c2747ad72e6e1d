from flask import Flask, request, Response
from .storage import load_blob

app = Flask(__name__)


@app.get("/export")
def export():
    name = request.args.get("name", "export.csv")
    data = load_blob("exports/latest.csv")
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name
    return resp
