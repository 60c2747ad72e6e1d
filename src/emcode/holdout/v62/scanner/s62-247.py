import io
import zipfile
from pathlib import Path

from flask import Flask, request, abort

app = Flask(__name__)
DEST = Path("/srv/karaoke/tracks").resolve()


@app.route("/tracks/import", methods=["POST"])
def import_tracks():
    archive = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    count = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        target = (DEST / member.filename).resolve()
        if not target.is_relative_to(DEST):
            abort(400, "bad path in archive")
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as dst:
            dst.write(src.read())
        count += 1
    return {"imported": count}
