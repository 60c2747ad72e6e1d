import csv
import io

from flask import Flask, Response, abort, request

app = Flask(__name__)
FORMATS = {"csv": ("text/csv", "readings.csv"), "tsv": ("text/tab-separated-values", "readings.tsv")}


@app.route("/export")
def export():
    fmt = request.args.get("format", "csv")
    if fmt not in FORMATS:
        abort(400)
    mimetype, filename = FORMATS[fmt]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t")
    writer.writerow(["serial", "litres"])
    writer.writerows([("WM-10021", 1842.7), ("WM-10022", 977.1)])
    resp = Response(buf.getvalue(), mimetype=mimetype)
    resp.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return resp
