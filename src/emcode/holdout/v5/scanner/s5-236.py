import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.post("/lint")
def lint():
    fname = request.json["file"]
    res = subprocess.run(["bash", "-c", f"pylint {fname}"], capture_output=True, text=True)
    return res.stdout
