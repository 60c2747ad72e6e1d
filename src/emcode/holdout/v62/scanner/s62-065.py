from flask import Flask, abort, Response

app = Flask(__name__)

REPORTS = {
    "monthly": "/srv/orchard/reports/monthly.txt",
    "frost": "/srv/orchard/reports/frost-alerts.txt",
}


@app.route("/reports/<kind>")
def report(kind):
    path = REPORTS.get(kind)
    if path is None:
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/plain")
