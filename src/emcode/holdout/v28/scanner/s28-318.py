import os
import zipfile

from flask import Flask, request

app = Flask(__name__)
IMPORT_DIR = "/srv/timetable/imports"


@app.post("/import")
def import_zip():
    archive = zipfile.ZipFile(request.files["bundle"].stream)
    written = []
    for info in archive.infolist():
        if info.is_dir():
            continue
        dest = os.path.join(IMPORT_DIR, info.filename)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with archive.open(info) as src, open(dest, "wb") as dst:
            dst.write(src.read())
        written.append(info.filename)
    return {"files": written}
