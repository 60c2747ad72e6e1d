import os
import zipfile

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PHOTO_ROOT = "/srv/garden/photos"


@app.route("/plots/<int:plot_id>/photos", methods=["POST"])
def upload_photos(plot_id):
    archive = zipfile.ZipFile(request.files["archive"].stream)
    dest = os.path.realpath(os.path.join(PHOTO_ROOT, str(plot_id)))
    written = []
    for member in archive.infolist():
        if member.is_dir():
            continue
        out_path = os.path.realpath(os.path.join(dest, member.filename))
        if not out_path.startswith(dest + os.sep):
            abort(400)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with archive.open(member) as src, open(out_path, "wb") as fh:
            fh.write(src.read())
        written.append(member.filename)
    return jsonify(saved=written)
