import os

from flask import Flask, request, send_file

app = Flask(__name__)
CERT_DIR = "/srv/lifeboat/certificates"


@app.route("/certificate")
def certificate():
    name = request.args.get("file", "")
    path = os.path.join(CERT_DIR, name)
    if not os.path.isfile(path):
        return "not found", 404
    return send_file(path, mimetype="application/pdf")
