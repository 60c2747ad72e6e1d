import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/preview-link")
def preview_link():
    url = request.args["url"]
    r = requests.get(url, timeout=5)
    title = r.text.split("<title>")[1].split("</title>")[0] if "<title>" in r.text else ""
    return {"status": r.status_code, "title": title}
