from flask import Flask, request, abort, Response

app = Flask(__name__)
REPORTS = {
    "daily": "/srv/windfarm/reports/daily.csv",
    "weekly": "/srv/windfarm/reports/weekly.csv",
}


@app.route("/reports")
def reports():
    path = REPORTS.get(request.args.get("kind", "daily"))
    if path is None:
        abort(404)
    with open(path) as fh:
        return Response(fh.read(), mimetype="text/csv")
