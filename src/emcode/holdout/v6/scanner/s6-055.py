import os
import secrets
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/var/www/uploads"

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["doc"]
    name = secure_filename(f.filename or "")
    if not name:
        abort(400)
    stored = f"{secrets.token_hex(8)}_{name}"
    f.save(os.path.join(UPLOADS, stored))
    return {"saved": stored}
