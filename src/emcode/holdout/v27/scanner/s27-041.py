from flask import Flask, request, send_from_directory

app = Flask(__name__)
LOG_DIR = "/var/log/hamlog"


@app.route("/logs")
def get_log():
    name = request.args.get("file", "today.adi")
    return send_from_directory(LOG_DIR, name, mimetype="text/plain")
