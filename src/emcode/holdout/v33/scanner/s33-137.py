from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)
DICT_API = "https://api.dictionary.example.org/v2/entries/"


@app.route("/define")
def define():
    word = request.args.get("word", "")[:64]
    r = requests.get(DICT_API + quote(word, safe=""), timeout=5)
    if r.status_code != 200:
        return {"definitions": []}
    return {"definitions": r.json().get("definitions", [])[:5]}
