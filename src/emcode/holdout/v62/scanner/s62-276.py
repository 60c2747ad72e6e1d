import os

from flask import Flask, request, redirect

app = Flask(__name__)
app.config["UPLOAD_DIR"] = os.path.join(app.root_path, "static", "photos")


@app.route("/inspection/photo", methods=["POST"])
def upload_photo():
    f = request.files.get("photo")
    if f is None:
        return "missing file", 400
    f.save(os.path.join(app.config["UPLOAD_DIR"], f.filename))
    return redirect("/inspection")
