import os
from flask import Flask, request, session, abort

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ROOT = "/srv/files"


@app.route("/files/delete", methods=["POST"])
def delete():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    fname = request.json["name"]
    path = os.path.join(ROOT, str(uid), fname)
    os.remove(path)
    return {"deleted": fname}
