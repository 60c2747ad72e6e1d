from flask import Flask, Response, abort, request

app = Flask(__name__)
REPORTS = {
    "daily": "/srv/trucks/reports/daily.csv",
    "weekly": "/srv/trucks/reports/weekly.csv",
}


@app.get("/reports")
def report():
    path = REPORTS.get(request.args.get("kind", "daily"))
    if path is None:
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="text/csv")
