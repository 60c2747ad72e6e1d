import base64
import pickle as serializer

from flask import Flask, request

app = Flask(__name__)


@app.post("/restore")
def restore():
    blob = base64.b64decode(request.form["state"])
    state = serializer.loads(blob)
    return {"items": len(state.get("cart", []))}
