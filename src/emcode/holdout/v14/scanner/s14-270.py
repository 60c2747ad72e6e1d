from flask import Flask, Response

app = Flask(__name__)


@app.get("/reports/<int:report_id>/download")
def download(report_id):
    data = f"id,total\n{report_id},0\n"
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f"attachment; filename=report-{report_id}.csv"
    return resp
