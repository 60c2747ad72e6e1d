import re
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/export")
def export():
    raw = request.args.get("name", "export")
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", raw)[:64] or "export"
    rows = ["id,value", "1,10", "2,20"]
    resp = Response("\n".join(rows), mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
