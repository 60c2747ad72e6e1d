import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/var/www/library/uploads"


@app.post("/members/avatar")
def avatar():
    f = request.files["avatar"]
    name = secure_filename(f.filename or "")
    if ".png" not in name and ".jpg" not in name:
        return {"error": "images only"}, 400
    f.save(os.path.join(UPLOAD_DIR, name))
    return {"url": "/uploads/" + name}
