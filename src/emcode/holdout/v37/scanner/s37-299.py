from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
ROOT = Path("/srv/housekeeping/checklists").resolve()


@app.route("/checklists")
def checklist():
    target = (ROOT / request.args.get("name", "")).resolve()
    if not target.is_relative_to(ROOT) or not target.is_file():
        abort(404)
    return send_file(target, mimetype="application/p