import os
from flask import Flask, request

app = Flask(__name__, static_folder="static")


@app.post("/avatar")
def avatar():
    f = request.files["avatar"]
    dest = os.path.join(app.static_folder, "avatars", f.filename)
    f.save(dest)
    return {"url": "/static/avatars/" + f.filename}
