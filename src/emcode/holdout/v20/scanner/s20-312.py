import io
import zipfile

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024
MAX_TOTAL = 50 * 1024 * 1024


@app.route("/bundle", methods=["POST"])
def bundle():
    zf = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    infos = zf.infolist()
    if len(infos) > 500 or sum(i.file_size for i in infos) > MAX_TOTAL:
        abort(413)
    return jsonify({"files": len(infos), "bytes": sum(i.file_size for i in infos)})
