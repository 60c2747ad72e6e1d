from flask import Flask, request, Response

app = Flask(__name__)
LOGS = "/var/log/app"


@app.route("/admin/logs")
def view_log():
    name = request.args.get("f", "app.log")
    name = name.replace("../", "")
    with open(f"{LOGS}/{name}") as fh:
        tail = fh.readlines()[-200:]
    return Response("".join(tail), mimetype="text/plain")
