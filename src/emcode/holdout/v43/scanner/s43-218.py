import os

from flask import Flask, request, jsonify

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "avatars")


@app.post("/members/avatar")
def avatar():
    f = request.files["avatar"]
    f.save(os.path.join(UPLOADS, f.filename))
    return jsonify(url=f"/static/avatars/{f.filename}")
