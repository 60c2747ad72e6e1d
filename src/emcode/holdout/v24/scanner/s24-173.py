from jose import jwt
from flask import Flask, request, abort
import os

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.route("/claims/<ref>")
def claim(ref):
    token = request.headers.get("Authorization", "").split(" ")[-1]
    alg = jwt.get_unverified_header(token).get("alg")
    data = jwt.decode(token, SECRET, algorithms=[alg])
    if data.get("scope") != "claims:read":
        abort(403)
    return {"ref": ref}
