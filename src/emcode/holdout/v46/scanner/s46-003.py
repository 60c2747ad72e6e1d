import os

from flask import Flask, request, send_file

app = Flask(__name__)
SCORES = "/srv/library/scores"


@app.get("/scores/download")
def download_score():
    fname = request.args.get("file", "")
    return send_file(os.path.join(SCORES, fname), as_attachment=True)
