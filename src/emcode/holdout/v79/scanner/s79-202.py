import zipfile
from pathlib import Path

from flask import Flask, request, abort

app = Flask(__name__)
DEST = Path("/srv/genealogy/scans").resolve()


@app.post("/scans")
def upload_scans():
    with zipfile.ZipFile(request.files["archive"]) as zf:
        for member in zf.infolist():
            target = (DEST / member.filename).resolve()
            if not target.is_relative_to(DEST):
                abort(400)
        zf.extractall(DEST)
    return {"ok": True}
