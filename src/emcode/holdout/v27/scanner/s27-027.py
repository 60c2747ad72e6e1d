import re
from flask import Flask, request

app = Flask(__name__)
NOTES = ["rotor inspection", "door gap adjusted", "cable tension ok"]


@app.route("/notes")
def notes():
    rx = re.compile(request.args.get("re", "."))
    return {"hits": [n for n in NOTES if rx.search(n)]}
