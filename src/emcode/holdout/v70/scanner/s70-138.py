import _pickle as cPickle
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/exchange/upload", methods=["POST"])
def upload_exchange():
    f = request.files.get("batch")
    if f is None:
        abort(400)
    batch = cPickle.loads(f.read())
    return {"varieties": sorted({s["variety"] for s in batch})}
