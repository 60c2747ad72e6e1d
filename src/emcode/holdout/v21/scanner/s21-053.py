import os
from flask import Flask, request, session, abort

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ROOT = os.path.realpath("/srv/files")


@app.route("/files/delete", methods=["POST"])
def delete():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    user_dir = os.path.join(ROOT, str(int(uid)))
    path = os.path.realpath(os.path.join(user_dir, request.json["name"]))
    if os.path.commonpath([path, user_dir]) != user_dir or path == user_dir:
        abort(400)
    os.remove(path)
    return {"deleted": os.path.basename(path)}
