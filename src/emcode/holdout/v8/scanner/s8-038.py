import os
import tarfile
import tempfile

from flask import Flask, abort, request

app = Flask(__name__)
PLUGIN_DIR = os.path.realpath("/opt/chatbot/plugins")


def safe_members(tar: tarfile.TarFile):
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            raise ValueError(f"refusing special member {member.name}")
        dest = os.path.realpath(os.path.join(PLUGIN_DIR, member.name))
        if not dest.startswith(PLUGIN_DIR + os.sep):
            raise ValueError(f"member escapes plugin dir: {member.name}")
        yield member


@app.post("/plugins/install")
def install_plugin():
    upload = request.files["bundle"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        try:
            with tarfile.open(tmp.name) as tar:
                tar.extractall(PLUGIN_DIR, members=list(safe_members(tar)))
        except (ValueError, tarfile.TarError):
            abort(400)
    return {"installed": True}
