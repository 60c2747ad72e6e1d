import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
ARCHIVE = "/srv/thesis-archive/pdf"


@app.route("/download")
def download():
    name = request.args.get("file")
    if not name or not name.endswith(".pdf"):
        abort(400)
    full = os.path.join(ARCHIVE, name)
    if not os.path.exists(full):
        abort(404)
    return send_file(full, mimetype="application/pdf")
