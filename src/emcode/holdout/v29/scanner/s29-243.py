from flask import Flask, Response

from .reports import build_claims_csv

app = Flask(__name__)


@app.route("/reports/claims.csv")
def claims_csv():
    body = build_claims_csv()
    resp = Response(body, mimetype="text/csv")
    resp.headers["Content-Disposition"] = 'attachment; filename="claims-report.csv"'
    resp.headers["Content-Length"] = str(len(body.encode()))
    resp.headers["Cache-Control"] = "private, max-age=0"
    return resp
