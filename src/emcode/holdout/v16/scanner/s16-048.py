import json
from flask import Flask, request

app = Flask(__name__)
STATE: dict = {}


def merge(incoming: dict) -> None:
    for key, value in incoming.items():
        if isinstance(key, str) and len(key) < 64:
            STATE[key] = value


@app.post("/sync")
def sync():
    incoming = json.loads(request.get_da