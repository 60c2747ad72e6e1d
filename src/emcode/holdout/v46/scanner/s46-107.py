import io
import os
import zipfile

from flask import Flask, request, abort

app = Flask(__name__)
DEST = os.path.realpath("/srv/interp/glossaries")


@app.post("/glossaries/import")
def import_glossaries():
    archive = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    written = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        out = os.path.realpath(os.path.join(DEST, member.filename))
        if os.path.commonpath([DEST, out]) != DEST:
            abort(400, "bad path in archive")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as fh:
            fh.write(archive.read(member))
        written += 1
    return {"written": written}
