import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/convert", methods=["POST"])
def convert():
    name = request.form["filename"]
    os.system("convert uploads/" + name + " -resize 50% thumbs/" + name)
    return {"status": "done", "thumb": "/thumbs/