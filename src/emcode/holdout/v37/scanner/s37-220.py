import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/claims/evidence"


@app.post("/claims/<int:claim_id>/evidence")
def upload_evidence(claim_id):
    f = request.files["photo"]
    dest = os.path.join(UPLOAD_DIR, str(claim_id), f.filename)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    f.save(dest)
    return {"saved": f.filename}, 201
