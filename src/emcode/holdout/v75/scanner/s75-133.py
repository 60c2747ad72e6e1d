from flask import Flask, request, send_from_directory

app = Flask(__name__)
REPORT_DIR = "/srv/vetlab/reports"


@app.route("/reports/download")
def download_report():
    name = request.args.get("file", "")
    return send_from_directory(REPORT_DIR, name, as_attachment=True)
