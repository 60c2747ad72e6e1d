import os
import zipfile

from flask import Flask, abort, request

app = Flask(__name__)
COURSES = os.path.realpath("course_files")


@app.post("/courses/<int:course_id>/materials")
def import_materials(course_id):
    dest = os.path.join(COURSES, str(course_id))
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(request.files["bundle"]) as zf:
        members = zf.infolist()
        if len(members) > 500:
            abort(413)
        for m in members:
            target = os.path.realpath(os.path.join(dest, m.filename))
            if not target.startswith(dest + os.sep):
                abort(400)
        zf.extractall(dest)
    return {"files": len(members)}
