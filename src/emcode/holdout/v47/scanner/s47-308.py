from flask import Flask, request, send_from_directory

app = Flask(__name__)
CERT_DIR = "/srv/lifeboat/certificates"


@app.route("/certificate")
def certificate():
    name = request.args.get("file", "")
    return send_from_directory(CERT_DIR, name, mimetype="application/pdf")
