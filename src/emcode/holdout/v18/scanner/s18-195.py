import os

from flask import Flask, abort, Response

app = Flask(__name__)
LOG_DIR = "/var/log/myapp"


def log_files():
    return sorted(f for f in os.listdir(LOG_DIR) if f.endswith(".log"))


@app.route("/admin/logs/<int:index>")
def view_log(index):
    files = log_files()
    if not 0 <= index < len(files):
        abort(404)
    with open(os.path.join(LOG_DIR, files[index]), encoding="utf-8", errors="replace") as fh:
        tail = fh.readlines()[-200:]
    return Response("".join(tail), mimetype="text/plain")
