import os
from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/thumb", methods=["POST"])
def thumb():
    f = request.files["img"]
    name = secure_filename(f.filename)
    src = os.path.join("/tmp/thumbs", name)
    f.save(src)
    width = request.form.get("width", "200")
    out = src + ".thumb.png"
    os.popen("convert " + src + " -resize " + width + " " + out).read()
    return send_file(out)
