from urllib.parse import quote

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/export/csv")
def export_csv():
    label = request.args.get("label", "inventory")
    data = "sku,qty\nIPA-01,12\n"
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(label + ".csv", safe="")
    return resp
