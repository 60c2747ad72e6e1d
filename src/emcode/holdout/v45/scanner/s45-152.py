import os

from flask import Flask, request, redirect

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "plot-photos")


@app.route("/plots/<int:plot>/photo", methods=["POST"])
def upload_photo(plot):
    f = request.files.get("photo")
    if f is None:
        return "no file", 400
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return redirect(f"/plots/{plot}")
