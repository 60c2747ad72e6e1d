import subprocess
import tempfile

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/wordcount")
def wordcount():
    f = request.files["pdf"]
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        f.save(tmp.name)
        text = subprocess.run(["pdftotext", "-q", tmp.name, "-"], capture_output=True, text=True, timeout=60).stdout
    return jsonify(words=len(text.split()))
