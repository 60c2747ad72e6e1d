import os
import tempfile
from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)


@app.route("/thumb", methods=["POST"])
def thumb():
    try:
        width = int(request.form.get("width", "200"))
    except ValueError:
        return "width must be an integer", 400
    width = max(16, min(width, 2000))
    img = Image.open(request.files["img"].stream)
    ratio = width / img.width
    img = img.resize((width, max(1, int(img.height * ratio))))
    fd, out = tempfile.mkstemp(suffix=".png")
    os.close(fd)
    img.save(out, "PNG")
    return send_file(out, mimetype="image/png")
