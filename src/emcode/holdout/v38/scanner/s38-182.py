import os

from flask import Flask, request, send_file

app = Flask(__name__)
TRANSCRIPTS = "/srv/court/transcripts"


@app.route("/download")
def download():
    name = request.args.get("file", "")
    full = os.path.join(TRANSCRIPTS, name)
    if not os.path.isfile(full):
        return "not found", 404
    return send_file(full, as_attachment=True)
