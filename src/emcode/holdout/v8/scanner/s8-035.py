import tarfile
import tempfile

from flask import Flask, request

app = Flask(__name__)
PLUGIN_DIR = "/opt/chatbot/plugins"


@app.post("/plugins/install")
def install_plugin():
    upload = request.files["bundle"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        with tarfile.open(tmp.name) as tar:
            tar.extractall(PLUGIN_DIR)
    return {"installed": upload.filename}
