from flask import Flask, request, Response

app = Flask(__name__)
LOG_ROOT = "/var/log/myservice/"


def tail(path, n=200):
    with open(path, "r", errors="replace") as fh:
        return fh.readlines()[-n:]


@app.route("/admin/logs")
def show_log():
    rel = request.args.get("name", "service.log").lstrip("/")
    lines = tail(LOG_ROOT + rel, int(request.args.get("n", 200)))
    return Response("".join(lines), mimetype="text/plain")
