import io
import tarfile
from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/bundle")
def bundle():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for i, f in enumerate(request.files.getlist("files")):
            data = f.read()
            info = tarfile.TarInfo(name=f"file-{i:03d}.bin")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    buf.seek(0)
    return send_file(buf, mimetype="application/gzip", download_name="bundle.tar.gz")
