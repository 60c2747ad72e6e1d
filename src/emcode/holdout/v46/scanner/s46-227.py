import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "item_photos")


@app.post("/items/<int:item_id>/photo")
def upload_photo(item_id):
    f = request.files["photo"]
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": f"/static/item_photos/{f.filename}"}
