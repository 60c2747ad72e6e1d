from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
REPORTS = {
    "daily": Path("/srv/reports/daily.pdf"),
    "weekly": Path("/srv/reports/weekly.pdf"),
    "utilisation": Path("/srv/reports/fleet_utilisation.pdf"),
}


@app.get("/reports/<kind>")
def report(kind):
    path = REPORTS.get(kind)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf")
