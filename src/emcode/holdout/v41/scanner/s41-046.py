import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "campaign_media")


@app.route("/campaigns/<int:cid>/media", methods=["POST"])
def upload_media(cid):
    f = request.files["media"]
    path = os.path.join(UPLOADS, f.filename)
    f.save(path)
    return {"url": f"/static/campaign_media/{f.filename}"}
