from flask import Flask, request, send_from_directory

app = Flask(__name__)
CONSENT_DIR = "/srv/trial/consent_forms"


@app.get("/consent/download")
def download_consent():
    name = request.args["file"]
    return send_from_directory(CONSENT_DIR, name, as_attachment=True)
