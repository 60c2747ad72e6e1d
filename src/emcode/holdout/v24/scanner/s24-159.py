import os
from flask import Flask, request, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__, static_folder="static")


@app.post("/talks/<int:talk_id>/slides")
def upload_slides(talk_id):
    f = request.files["slides"]
    name = secure_filename(f.filename)
    dest = os.path.join(app.static_folder, "slides", f"{talk_id}-{name}")
    f.save(dest)
    return {"url": url_for("static", filename=f"slides/{talk_id}-{name}")}
