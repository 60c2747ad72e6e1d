from flask import Flask, abort, Response
from werkzeug.utils import safe_join

app = Flask(__name__)
NOTES = "/data/notes"


@app.route("/notes/<user>/<path:note_path>")
def read_note(user, note_path):
    user_dir = safe_join(NOTES, user)
    if user_dir is None:
        abort(404)
    target = safe_join(user_dir, note_path)
    if target is None:
        abort(404)
    try:
        with open(target, encoding="utf-8") as fh:
            return Response(fh.read(), mimetype="text/plain")
    except FileNotFoundError:
        abort(404)
