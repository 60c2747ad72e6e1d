import os
from flask import Flask, request, send_file

app = Flask(__name__)
LOG_DIR = "/var/log/hamlog"


@app.route("/logs")
def get_log():
    name = request.args.get("file", "today.adi")
    return send_file(os.path.join(LOG_DIR, name), mimetype="text/plain")
