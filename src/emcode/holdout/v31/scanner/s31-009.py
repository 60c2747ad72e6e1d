import os
import zipfile

from flask import Flask, request, jsonify

app = Flask(__name__)
MEDIA_ROOT = "/srv/listings/media"


@app.post("/listings/<int:lid>/bulk-photos")
def bulk_photos(lid):
    dest = os.path.join(MEDIA_ROOT, str(lid))
    os.makedirs(dest, exist_ok=True)
    saved = []
    with zipfile.ZipFile(request.files["archive"]) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out_path = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(info) as src, open(out_path, "wb") as dst:
                dst.write(src.read())
            saved.append(info.filename)
    return jsonify(saved=saved)
