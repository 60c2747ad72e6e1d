import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/reports/uploads"


@app.post("/reports")
def upload_report():
    f = request.files["report"]
    os.makedirs(UPLOAD_DIR, mode=0o777, exist_ok=True)
    os.chmod(UPLOAD_DIR, 0o777)
    name = secure_filename(f.filename or "report.csv")
    f.save(os.path.join(UPLOAD_DIR, name))
    return {"saved": name}
