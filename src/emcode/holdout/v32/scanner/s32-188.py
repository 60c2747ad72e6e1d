from flask import Flask, abort, send_file

app = Flask(__name__)

REPORTS = {
    "monthly": "/srv/loyalty/reports/monthly.pdf",
    "tiers": "/srv/loyalty/reports/tier_breakdown.pdf",
    "partners": "/srv/loyalty/reports/partners.pdf",
}


@app.route("/reports/<name>")
def report(name):
    path = REPORTS.get(name)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf")
