import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"
os.makedirs(UPLOAD_DIR, mode=0o777, exist_ok=True)
os.chmod(UPLOAD_DIR, 0o777)


@app.post("/upload")
def upload():
    f = request.files["doc"]
    f.save(os.path.join(UPLOAD_DIR, "latest.bin"))
    return "ok"
