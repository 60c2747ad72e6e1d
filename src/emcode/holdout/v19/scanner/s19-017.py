import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"

os.makedirs(UPLOAD_DIR, exist_ok=True)
os.chmod(UPLOAD_DIR, 0o777)


@app.post("/upload")
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if not name:
        return "bad name", 400
    f.save(os.path.join(UPLOAD_DIR, name))
    return "saved"
