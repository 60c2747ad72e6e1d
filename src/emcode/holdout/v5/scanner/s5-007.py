import os
from flask import Flask, request

app = Flask(__name__)

@app.post("/convert")
def convert():
    src = request.form["file"]
    os.system("convert /data/in/" + src + " /data/out/" + src + ".png")
    return "queued"
