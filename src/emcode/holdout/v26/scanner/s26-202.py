from pathlib import Path
from PIL import Image
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
THUMBS = Path("/srv/thumbs")


@app.post("/thumbnail")
def thumbnail():
    upload = request.files.get("image")
    if upload is None:
        abort(400)
    name = secure_filename(upload.filename or "") or "image"
    img = Image.open(upload.stream)
    img.thumbnail((256, 256))
    out = THUMBS / (Path(name).stem + ".png")
    img.save(out, "PNG")
    return {"thumb": out.name}
