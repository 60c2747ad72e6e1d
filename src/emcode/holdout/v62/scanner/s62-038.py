import tempfile
import zipfile

from flask import Flask, send_file

app = Flask(__name__)

REPORTS = {"week.csv": "zone,litres\nA1,340\nA2,290\n", "notes.txt": "Valve A2 sticky.\n"}


@app.route("/reports.zip")
def reports_zip():
    spool = tempfile.SpooledTemporaryFile(max_size=5_000_000)
    with zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in REPORTS.items():
            zf.writestr(name, text)
    spool.seek(0)
    return send_file(spool, mimetype="application/zip", download_name="reports.zip")
