from flask import Flask, request, Response

app = Flask(__name__)
LOG_BASE = "/var/log/myapp/"


@app.route("/admin/logs")
def view_log():
    name = request.args.get("file", "app.log")
    lines = int(request.args.get("tail", "200"))
    path = LOG_BASE + name
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            content = fh.readlines()[-lines:]
    except FileNotFoundError:
        return Response("not found", status=404, mimetype="text/plain")
    return Response("".join(content), mimetype="text/plain")
