import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/convert")
def convert():
    filename = request.form["filename"]
    out = subprocess.check_output(f"convert uploads/{filename} -resize 200x200 thumbs/{filename}", shell=True)
    return {"log": out.decode()}
