import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)

@app.post("/avatar")
def avatar():
    f = request.files["avatar"]
    name = secure_filename(f.filename)
    f.save(os.path.join(app.static_folder, "avatars", name))
    return {"url": f"/static/avatars/{name}"}
