from flask import Flask, Response, request

app = Flask(__name__)
LOG_ROOT = "/var/log/myapp/"


@app.route("/logs")
def read_log():
    log_name = request.args.get("log", "app.log")
    with open(LOG_ROOT + log_name, "r") as fh:
        lines = fh.readlines()[-200:]
    return Response("".join(lines), mimetype="text/plain")
