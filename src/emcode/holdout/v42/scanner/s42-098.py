import os

from flask import Flask, request, send_file

app = Flask(__name__)
CONSENT_DIR = "/srv/trial/consent_forms"


@app.get("/consent/download")
def download_consent():
    name = request.args["file"]
    return send_file(os.path.join(CONSENT_DIR, name), as_attachment=True)
