from flask import Flask, abort, send_file

app = Flask(__name__)

REPORTS = {
    "daily": "/var/solar/reports/daily.pdf",
    "weekly": "/var/solar/reports/weekly.pdf",
    "monthly": "/var/solar/reports/monthly.pdf",
}


@app.get("/reports/<kind>")
def report(kind):
    path = REPORTS.get(kind)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=f"{kind}.pdf")
