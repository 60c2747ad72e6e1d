import os
import uuid

from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
SPOOL = "/srv/translate/spool"


@app.post("/jobs")
def new_job():
    doc = request.files["document"]
    job_id = uuid.uuid4().hex
    job_dir = os.path.join(SPOOL, job_id)
    os.mkdir(job_dir, 0o777)
    doc.save(os.path.join(job_dir, secure_filename(doc.filename) or "source.bin"))
    return jsonify(job=job_id), 201
