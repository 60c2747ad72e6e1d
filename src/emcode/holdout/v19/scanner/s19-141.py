import re
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/export")
def export_csv():
    name = request.args.get("name", "export")
    name = re.sub(r"[^A-Za-z0-9_-]", "_", name)[:60] or "export"
    data = "id,value\n1,10\n2,20\n"
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
