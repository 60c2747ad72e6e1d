import io
import os
import zipfile

from flask import Flask, jsonify, request

app = Flask(__name__)
PHOTO_ROOT = "/srv/inspections/photos"


@app.route("/inspections/<int:inspection_id>/photos", methods=["POST"])
def upload_photos(inspection_id):
    bundle = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    dest = os.path.join(PHOTO_ROOT, str(inspection_id))
    saved = []
    for name in bundle.namelist():
        if name.endswith("/"):
            continue
        out_path = os.path.join(dest, name)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with open(out_path, "wb") as fh:
            fh.write(bundle.read(name))
        saved.append(name)
    return jsonify(saved=saved)
