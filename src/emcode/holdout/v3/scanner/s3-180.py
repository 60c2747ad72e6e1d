from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
BASE = Path("/var/app/reports").resolve()


@app.route("/report")
def report():
    name = request.args.get("name", "")
    target = (BASE / name).resolve()
    if not target.is_relative_to(BASE):
        abort(403)
    if not target.is_file():
        abort(404)
    return target.read_text(encoding="utf-8"), 200, {"Content-Type": "text/plain; charset=utf-8"}
