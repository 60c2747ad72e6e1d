import io

from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024


@app.post("/mockup")
def mockup():
    f = request.files.get("design")
    if f is None:
        return {"error": "upload a design"}, 400
    try:
        img = Image.open(f.stream)
        img.verify()
        f.stream.seek(0)
        img = Image.open(f.stream).convert("RGBA")
    except Exception:
        return {"error": "not an image"}, 400
    img.thumbnail((800, 800))
    out = io.BytesIO()
    img.save(out, format="PNG")
    out.seek(0)
    return send_file(out, mimetype="image/png")
