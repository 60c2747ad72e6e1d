import io
import os
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/archive/incoming"


@app.post("/scans/bulk")
def bulk_upload():
    archive = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    count = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        target = os.path.join(DEST, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as out:
            out.write(src.read())
        count += 1
    return {"extracted": count}
