from flask import Flask, request, send_from_directory

app = Flask(__name__)
LOG_ROOT = "/var/log/windfarm"


@app.route("/logs/view")
def view_log():
    return send_from_directory(LOG_ROOT, request.args.get("name", "today.log"), mimetype="text/plain")


@app.route("/logs/list")
def list_logs():
    import os
    names = sorted(n for n in os.listdir(LOG_ROOT) if n.endswith(".lo