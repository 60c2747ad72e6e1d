import cPickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/sync", methods=["POST"])
def sync():
    records = cPickle.loads(request.data)
    saved = 0
    for rec in records:
        if rec.get("id"):
            saved += 1
            db_save(rec