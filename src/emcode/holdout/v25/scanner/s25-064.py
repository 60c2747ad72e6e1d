import os
from werkzeug.utils import secure_filename
from flask import Flask, request

app = Flask(__name__)
WEBROOT = "/var/www/church/uploads"
BLOCKED = {".php", ".exe"}


@app.post("/bulletin")
def bulletin():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if os.path.splitext(name)[1].lower() in BLOCKED:
        return "blocked", 400
    f.save(os.path.join(WEBROOT, name))
    return "uploaded", 201
