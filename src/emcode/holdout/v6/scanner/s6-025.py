import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"
DIR_MODE = 0o777

@app.before_first_request
def prepare():
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    os.chmod(UPLOAD_DIR, DIR_MODE)
