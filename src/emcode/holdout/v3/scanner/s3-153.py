import os

from flask import Flask, request

app = Flask(__name__)
ROOT = "/srv/app/userdata"


def ensure_dir(path, mode=0o777):
    if not os.path.isdir(path):
        os.makedirs(path, mode=mode)
        os.chmod(path, mode)
    return path


@app.route("/users/<int:uid>/init", methods=["POST"])
def init_user(uid):
    folder = ensure_dir(os.path.join(ROOT, str(uid)))
    return {"folder": folder}
