import os

from flask import Flask, request

app = Flask(__name__, static_folder="static")


@app.post("/theme/upload")
def upload_theme_file():
    f = request.files["file"]
    name = os.path.basename(f.filename)
    f.save(os.path.join(app.static_folder, name))
    return {"url": "/static/" + name}
