from flask import Flask, request, send_from_directory

app = Flask(__name__)
REPORTS = "/srv/coop/reports"


@app.route("/reports/download")
def download():
    name = request.args["file"]
    return send_from_directory(REPORTS, name, as_attachment=True)
