import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
EXPORTS = "/srv/exports"

@app.route("/exports")
def export():
    name = os.path.basename(request.args.get("f", ""))
    full = os.path.join(EXPORTS, name)
    if not name or not os.path.isfile(full):
        abort(404)
    return send_file(full)
