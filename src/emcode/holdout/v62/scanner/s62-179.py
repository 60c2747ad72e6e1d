import io
import os
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/karaoke/tracks"


@app.route("/tracks/import", methods=["POST"])
def import_tracks():
    archive = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    count = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        target = os.path.join(DEST, member.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as dst:
            dst.write(src.read())
        count += 1
    return {"imported": count}
