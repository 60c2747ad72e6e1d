import os
from flask import Flask, abort, send_from_directory, session, jsonify
from werkzeug.security import safe_join

app = Flask(__name__)
app.secret_key = os.environ["SHARE_SECRET_KEY"]
ROOT = "/srv/share"


def user_dir() -> str:
    user = session.get("user")
    if not user or not user.isalnum():
        abort(401)
    return os.path.join(ROOT, user)


@app.get("/files")
def list_files():
    d = user_dir()
    return jsonify(sorted(os.listdir(d)) if os.path.isdir(d) else [])


@app.get("/files/<path:name>")
def get_file(name):
    return send_from_directory(user_dir(), name)


@app.delete("/files/<path:name>")
def delete_file(name):
    target = safe_join(user_dir(), name)
    if target is None or not os.path.isfile(target):
        abort(404)
    os.remove(target)
    return "", 204
