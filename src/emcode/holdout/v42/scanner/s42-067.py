import os

from flask import Flask, request, jsonify

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "recipe_photos")


@app.post("/recipes/<int:rid>/photo")
def upload_photo(rid):
    f = request.files.get("photo")
    if f is None:
        return jsonify(error="no file"), 400
    dest = os.path.join(UPLOADS, f.filename)
    f.save(dest)
    return jsonify(url=f"/static/recipe_photos/{f.filename}")
