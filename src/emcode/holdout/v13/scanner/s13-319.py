import requests
from flask import Flask, request

app = Flask(__name__)

@app.route("/unfurl")
def unfurl():
    url = request.args.get("url", "")
    resp = requests.get(url, timeout=5)
    title = resp.text.split("<title>")[1].split("</title>")[0] if "<title>" in resp.text else ""
    return {"title": title, "status": resp.status_