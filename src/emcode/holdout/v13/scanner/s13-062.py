from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
REPORTS = "/srv/reports"

@app.route("/reports/download")
def download():
    name = request.args.get("file")
    if not name:
        abort(400)
    return send_from_directory(REPORTS, name, as_attachment=True)
