from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
REPORT_DIR = "/srv/vet/lab-reports"


@app.route("/lab/report")
def lab_report():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(404)
    return send_from_directory(REPORT_DIR, name, mimetype="application/pdf")
