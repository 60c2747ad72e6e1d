import os

from flask import Flask, request

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = os.path.join(app.root_path, "static", "uploads")


@app.route("/damage-report", methods=["POST"])
def damage_report():
    photo = request.files.get("photo")
    if photo is None:
        return "no photo", 400
    photo.save(os.path.join(app.config["UPLOAD_FOLDER"], photo.filename))
    return {"url": f"/static/uploads/{photo.filename}"}
