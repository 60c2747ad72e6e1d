import os
import zipfile

from flask import Flask, request, jsonify

app = Flask(__name__)
PHOTO_ROOT = "/srv/garden/photos"


@app.route("/plots/<int:plot_id>/photos", methods=["POST"])
def upload_photos(plot_id):
    archive = zipfile.ZipFile(request.files["archive"].stream)
    dest = os.path.join(PHOTO_ROOT, str(plot_id))
    written = []
    for member in archive.namelist():
        if member.endswith("/"):
            continue
        out_path = os.path.join(dest, member)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with open(out_path, "wb") as fh:
            fh.write(archive.read(member))
        written.append(member)
    return jsonify(saved=written)
