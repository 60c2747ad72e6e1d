import pickle as p

from flask import Flask, request

app = Flask(__name__)


@app.post("/load")
def load():
    obj = p.loads(request.get_data())
    if isinstance(obj, dict):
        return {k: str(v) for k, v in obj.items(
