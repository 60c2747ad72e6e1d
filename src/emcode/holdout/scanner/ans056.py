import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.post("/up")
def up():
    f = request.files["f"]
    name = secure_filename(f.filename)
    f.save(os.path.join("/srv/up", name
