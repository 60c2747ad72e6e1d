import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def do_import():
    obj = json.loads(request.data)
    saved = []
    for key, value in obj.it