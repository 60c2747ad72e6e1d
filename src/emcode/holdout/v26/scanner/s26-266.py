import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_ROOT = "/srv/proctor/recordings"
os.makedirs(UPLOAD_ROOT, mode=0o777, exist_ok=True)
os.chmod(UPLOAD_ROOT, 0o777)


@app.post("/recordings/<int:exam_id>")
def upload(exam_id):
    path = os.path.join(UPLOAD_ROOT, f"{exam_id}.webm")
    request.files["video"].save(path)
    return {"saved": True}
