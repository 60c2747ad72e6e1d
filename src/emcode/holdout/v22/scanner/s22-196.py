import os

from flask import Flask, abort, request

app = Flask(__name__)
GALLERY = "/srv/gallery"


@app.delete("/photos")
def delete_photo():
    rel = request.json.get("path", "")
    target = os.path.normpath(os.path.join(GALLERY, rel))
    if not os.path.isfile(target):
        abort(404)
    os.remove(target)
    return {"deleted": rel}
