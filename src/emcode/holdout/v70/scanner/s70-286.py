import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.post("/bookings/thumbnail")
def thumbnail():
    name = request.form["image"]
    subprocess.run(f"convert uploads/{name} -resize 200x200 thumbs/{name}", shell=True, check=True)
    return {"ok": True}
