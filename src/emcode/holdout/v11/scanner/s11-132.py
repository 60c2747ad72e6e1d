import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    src = request.form["src"]
    fmt = request.form.get("fmt", "pdf")
    result = subprocess.run("libreoffice --headless --convert-to " + fmt + " " + src,