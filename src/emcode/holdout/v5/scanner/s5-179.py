import os
from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"

@app.post("/save")
def save():
    f = request.files["doc"]
    name = os.path.basename(f.filename)
    fd = os.open(os.path.join(UPLOADS, name), os.O_WRONLY | os.O_CREAT, 0o777)
    with os.fdopen(fd, "wb") as out:
        out.write(f.read())
    return "saved"
