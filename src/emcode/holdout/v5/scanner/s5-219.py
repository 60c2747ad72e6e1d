from urllib.request import urlopen
from flask import Flask, request

app = Flask(__name__)

@app.get("/status")
def status():
    host = request.args.get("host")
    with urlopen("http://" + host + "/health") as resp:
        return resp.read()
