from flask import Flask, abort, Response

app = Flask(__name__)

REPORTS = {
    "weekly": "/srv/recipes/reports/weekly.csv",
    "monthly": "/srv/recipes/reports/monthly.csv",
}


@app.get("/reports/<kind>")
def report(kind):
    path = REPORTS.get(kind)
    if path is None:
        abort(404)
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    return Response(data, mimetype="text/csv")
