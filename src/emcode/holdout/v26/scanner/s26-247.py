import os
from flask import Flask, request, abort
from flask_login import login_required, current_user
from werkzeug.utils import secure_filename

app = Flask(__name__)
ROOT = "/srv/tenant-uploads"


@app.post("/uploads")
@login_required
def upload():
    f = request.files.get("doc")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    if not name.lower().endswith(".pdf"):
        abort(415)
    folder = os.path.join(ROOT, str(int(current_user.id)))
    os.makedirs(folder, mode=0o750, exist_ok=True)
    f.save(os.path.join(folder, name))
    return {"saved": name}
