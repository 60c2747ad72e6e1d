from flask import Flask, abort, send_file

app = Flask(__name__)

REPORTS = {
    "daily": "/var/lib/grid/reports/daily.pdf",
    "weekly": "/var/lib/grid/reports/weekly.pdf",
    "storm": "/var/lib/grid/reports/storm-summary.pdf",
}


@app.route("/reports/<name>")
def report(name):
    path = REPORTS.get(name)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf")
