import os

from flask import Flask, request, redirect, url_for

app = Flask(__name__, static_folder="static")
UPLOADS = os.path.join(app.static_folder, "pet-photos")


@app.route("/pets/<int:pet_id>/photo", methods=["POST"])
def upload_photo(pet_id):
    photo = request.files["photo"]
    photo.save(os.path.join(UPLOADS, photo.filename))
    return redirect(url_for("static", filename=f"pet-photos/{photo.filename}"))
