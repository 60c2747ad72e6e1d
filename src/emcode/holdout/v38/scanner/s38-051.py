import io
import zipfile
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
DEST = Path("/srv/court/imports").resolve()


@app.route("/import", methods=["POST"])
def import_zip():
    archive = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    count = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        target = (DEST / member.filename).resolve()
        if DEST not in target.parents:
            return {"error": f"bad path in archive: {member.filename!r}"}, 400
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as dst:
            dst.write(src.read())
        count += 1
    return {"files": count}
