import os

from flask import Flask, request

app = Flask(__name__)
app.config["UPLOAD_DIR"] = os.path.join(app.root_path, "static", "fridge-photos")


@app.post("/fridges/<int:fid>/photo")
def photo(fid):
    f = request.files["photo"]
    f.save(os.path.join(app.config["UPLOAD_DIR"], f.filename))
    return {"url": f"/static/fridge-photos/{f.filename}"}
