import io
import zipfile

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/bundle", methods=["POST"])
def bundle():
    zf = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    total = 0
    for name in zf.namelist():
        total += len(zf.read(name))
    return jsonify({"files": len(zf.namelist()), "bytes": total})
