import os

from flask import Flask, request, redirect

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = os.path.join(app.root_path, "static", "uploads")


@app.route("/menu/upload", methods=["POST"])
def upload_menu():
    f = request.files.get("menu")
    if not f:
        return "no file", 400
    f.save(os.path.join(app.config["UPLOAD_FOLDER"], f.filename))
    return redirect("/static/uploads/" + f.filename)
