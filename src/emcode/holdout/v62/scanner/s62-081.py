from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
LOG_DIR = "/srv/lighthouse/logs"


@app.route("/logs/download")
def download():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    return send_from_directory(LOG_DIR, name, as_attachment=True)
