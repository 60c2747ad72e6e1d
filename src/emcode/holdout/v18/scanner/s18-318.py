import io
import csv

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/export")
def export_csv():
    label = request.args.get("label", "export")
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["sku", "qty"])
    w.writerows([("A-1", 3), ("B-2", 9)])
    data = io.BytesIO(buf.getvalue().encode())
    return send_file(data, mimetype="text/csv", as_attachment=True, download_name=f"{label}.csv")
