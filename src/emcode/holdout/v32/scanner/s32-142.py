import os

from flask import Flask, request, send_file

app = Flask(__name__)
EVIDENCE_DIR = "/srv/legal/evidence"


@app.route("/evidence")
def evidence():
    name = request.args.get("file", "")
    return send_file(os.path.join(EVIDENCE_DIR, name))
