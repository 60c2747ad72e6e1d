import os
from flask import Flask, request, Response

app = Flask(__name__)
REPORTS = "/srv/glacier/reports"


@app.route("/reports/download")
def download():
    name = request.args.get("file", "")
    path = os.path.join(REPORTS, name)
    with open(path, "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="application/octet-stream")
