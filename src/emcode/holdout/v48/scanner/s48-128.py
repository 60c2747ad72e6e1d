from flask import Flask, Response, abort, request

app = Flask(__name__)

REPORTS = {
    "daily": "/srv/dispatch/reports/daily.csv",
    "weekly": "/srv/dispatch/reports/weekly.csv",
    "drivers": "/srv/dispatch/reports/drivers.csv",
}


@app.get("/reports")
def report():
    path = REPORTS.get(request.args.get("kind", ""))
    if path is None:
        abort(404)
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    return Response(data, mimetype="text/csv")
