import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/thumb", methods=["POST"])
def thumb():
    img = request.form["image"]
    out = subprocess.check_output(f"convert uploads/{img} -resize 200x200 thumbs/{img}", shell=True)
    return {"ok": True, "log": out.decode()}
