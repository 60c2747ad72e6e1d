import os
from flask import Flask, abort, session, Response

app = Flask(__name__)
app.secret_key = os.environ["SHARE_SECRET_KEY"]
ROOT = "/srv/share"


def user_dir():
    user = session.get("user")
    if not user:
        abort(401)
    return os.path.join(ROOT, user)


@app.get("/files")
def list_files():
    return {"files": sorted(os.listdir(user_dir()))}


@app.get("/files/<path:name>")
def get_file(name):
    full = os.path.join(user_dir(), name)
    if not os.path.exists(full):
        abort(404)
    with open(full, "rb") as fh:
        return Response(fh.read(), mimetype="application/octet-stream")
