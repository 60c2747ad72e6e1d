from flask import Flask, send_from_directory, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.route("/reports/<name>")
def get_report(name):
    clean = secure_filename(name)
    if not clean.endswith(".pdf"):
        abort(404)
    return send_from_directory(REPORTS, clean, as_attachment=True)
