import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "recipe_photos")


@app.route("/recipes/photo", methods=["POST"])
def upload_photo():
    f = request.files["photo"]
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": "/static/recipe_photos/" + f.filename}
