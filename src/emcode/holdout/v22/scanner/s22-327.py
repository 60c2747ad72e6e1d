import os
import zipfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/courses/<int:course_id>/materials")
def import_materials(course_id):
    dest = os.path.join("course_files", str(course_id))
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(request.files["bundle"]) as zf:
        for m in zf.infolist():
            out_path = os.path.join(dest, m.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with open(out_path, "wb") as out:
                out.write(zf.read(m))
    return {"ok": True}
