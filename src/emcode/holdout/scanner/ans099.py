import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    target = request.args.get("target")
    r = requests.get(target, timeout=
