import os

from flask import Flask, abort, send_file

app = Flask(__name__)
REPORT_DIR = "/srv/hr/reports"


@app.route("/reports/<int:report_id>")
def download_report(report_id: int):
    path = os.path.join(REPORT_DIR, f"report-{report_id:06d}.pdf")
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=f"report-{report_id}.pdf")
