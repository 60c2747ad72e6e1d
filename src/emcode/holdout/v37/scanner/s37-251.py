import io
import tarfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/scores/bundle")
def upload_bundle():
    data = request.files["bundle"].read()
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        tf.extractall("/srv/orchestra/scores")
    return {"ok": True}
