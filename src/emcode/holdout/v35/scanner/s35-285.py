import os

from flask import Flask, request

app = Flask(__name__)
ALLOWED = {".png", ".jpg", ".svg"}
UPLOAD_DIR = "/srv/pod/artwork"


@app.route("/artwork", methods=["POST"])
def upload_artwork():
    f = request.files.get("art")
    if f is None:
        return "<p>No file sent</p>", 400
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        msg = f"<p class='error'>The file <b>{f.filename}</b> has an unsupported type.</p>"
        return msg, 415
    return "<p>Artwork received, we'll email a proof.</p>"
