from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
COURSE_FILES = "/srv/elearn/materials"


@app.route("/courses/<course>/files/<path:filename>")
def course_file(course, filename):
    folder = safe_join(COURSE_FILES, course)
    if folder is None:
        abort(404)
    path = safe_join(folder, filename)
    if path is None:
        abort(404)
    try:
        return send_file(path)
    except FileNotFoundError:
        abort(404)
