import os

from flask import Flask, abort, request

app = Flask(__name__)
REPORT_DIR = "/srv/farmhire/reports"
REPORTS = {"weekly": "weekly.csv", "monthly": "monthly.csv", "fleet": "fleet_status.csv"}


@app.route("/reports")
def reports():
    kind = request.args.get("kind", "weekly")
    fname = REPORTS.get(kind)
    if fname is None:
        abort(404)
    with open(os.path.join(REPORT_DIR, fname), encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/csv"}
