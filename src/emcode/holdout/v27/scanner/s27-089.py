import os
import subprocess
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/thumb", methods=["POST"])
def thumb():
    img = secure_filename(request.form.get("image", ""))
    src = os.path.join("uploads", img)
    if not img or not os.path.isfile(src):
        abort(404)
    subprocess.run(["convert", src, "-resize", "200x200", os.path.join("thumbs", img)], check=True, timeout=30)
    return {"ok": True}
