from flask import Flask, abort, Response

app = Flask(__name__)
REPORTS = {
    "weekly": "/srv/fridge/reports/weekly.csv",
    "monthly": "/srv/fridge/reports/monthly.csv",
}


@app.get("/reports/<kind>")
def report(kind):
    path = REPORTS.get(kind)
    if path is None:
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/csv")
