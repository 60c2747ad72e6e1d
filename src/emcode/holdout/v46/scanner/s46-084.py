import io
import os
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/interp/glossaries"


@app.post("/glossaries/import")
def import_glossaries():
    archive = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    written = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        out = os.path.join(DEST, member.filename)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as fh:
            fh.write(archive.read(member))
        written += 1
    return {"written": written}
