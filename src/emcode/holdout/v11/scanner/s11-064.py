import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/app/uploads"


@app.post("/avatars")
def avatar():
    f = request.files["avatar"]
    os.makedirs(UPLOADS, mode=0o777, exist_ok=True)
    dest = os.path.join(UPLOADS, secure_filename(f.filename))
    f.save(dest)
    os.chmod(dest, 0o777)
    return {"saved": os.path.basename(dest)}
