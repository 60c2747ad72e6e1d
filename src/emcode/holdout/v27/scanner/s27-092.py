import os
from flask import Flask, request, Response

app = Flask(__name__)
REPORTS = "/srv/elevators/reports"


@app.route("/report")
def report():
    name = request.args["name"]
    with open(os.path.join(REPORTS, name), "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="application/pdf", headers={
        "Content-Disposition": "inline"
    })


@app.route("/reports")
def list_reports():
    files = sorted(os.listdir(REPORTS))
    return {"reports": [f for f in files if f.endswi
