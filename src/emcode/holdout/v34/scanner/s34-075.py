import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "team-logos")


@app.route("/logos", methods=["POST"])
def upload_logo():
    logo = request.files["logo"]
    logo.save(os.path.join(UPLOADS, logo.filename))
    return {"url": "/static/team-logos/" + logo.filename}
