import os
from flask import Flask, request, Response

app = Flask(__name__)
REPORT_ROOT = "/srv/lab/reports"


@app.route("/reports/view")
def view_report():
    name = request.args.get("file", "index.txt")
    path = os.path.join(REPORT_ROOT, name)
    if not os.path.exists(path):
        return Response("no such report", status=404, mimetype="text/plain")
    with open(path, "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="text/plain")
