import os

from flask import Flask, request

app = Flask(__name__)
STATIC_UPLOADS = os.path.join(app.root_path, "static", "uploads")


@app.post("/pets/<int:pet_id>/photo")
def upload_photo(pet_id):
    f = request.files["photo"]
    dest = os.path.join(STATIC_UPLOADS, f.filename)
    f.save(dest)
    return {"url": f"/static/uploads/{f.filename}"}
