import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "moodboard")


@app.post("/moodboard")
def add_photo():
    f = request.files["photo"]
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": "/static/moodboard/" + f.filename}
