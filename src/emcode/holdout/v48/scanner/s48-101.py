import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "tutor_photos")


@app.post("/profile/photo")
def upload_photo():
    f = request.files["photo"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return {"url": "/static/tutor_photos/" + f.filename}
