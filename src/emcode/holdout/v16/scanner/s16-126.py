import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.post("/upload")
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    dest = os.path.join(UPLOADS, name)
    f.save(dest)
    os.chmod(dest, 0o777)
    return {"saved": name}
