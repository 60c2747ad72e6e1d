import os
from flask import Flask, request

app = Flask(__name__, static_folder="static")


@app.post("/certificates")
def upload_certificate():
    f = request.files["cert"]
    f.save(os.path.join(app.static_folder, "certs", f.filename))
    return {"saved": f.filename}
