import os
import shutil
from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
COURSES = "/srv/elearn/courses"
EXPORTS = "/srv/elearn/exports"


@app.route("/courses/<slug>/export")
def export_course(slug):
    folder = safe_join(COURSES, slug)
    if folder is None or not os.path.isdir(folder):
        abort(404)
    base = os.path.join(EXPORTS, os.path.basename(folder))
    archive = shutil.make_archive(base, "zip", root_dir=folder)
    return send_file(archive, as_attachment=True)
