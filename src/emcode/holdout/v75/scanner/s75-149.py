from pathlib import Path

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
ROOT = Path("/srv/vetlab/clinic-uploads")


@app.post("/clinics/<int:clinic_id>/upload")
def clinic_upload(clinic_id):
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    if not name.endswith(".csv"):
        abort(415)
    folder = ROOT / str(clinic_id)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    f.save(folder / name)
    return {"saved": name}
