import re
from urllib.parse import quote
from flask import Flask, request, Response

app = Flask(__name__)
SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]")


@app.route("/export")
def export_csv():
    label = request.args.get("name", "export")
    ascii_name = SAFE_NAME.sub("_", label)[:80] or "export"
    csv_body = "id,amount\n1,9.99\n2,14.50\n"
    resp = Response(csv_body, mimetype="text/csv")
    resp.headers["Content-Disposition"] = (
        f'attachment; filename="{ascii_name}.csv"; filename*=UTF-8\'\'{quote(label)}.csv')
    return resp
