import pickle as serializer
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/restore", methods=["POST"])
def restore():
    obj = serializer.loads(request.data)
    summary = {
        "type": type(obj).__name__,
        "size": len(obj) if hasattr(obj, "__len__") else None,
        "preview": str(obj)[:1