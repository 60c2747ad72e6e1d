import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.post("/tools/lint")
def lint():
    target = request.form["path"]
    out = subprocess.check_output("flake8 " + tar