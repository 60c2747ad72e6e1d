import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/preview")
def preview():
    url = request.args["url"]
    page = requests.get(url, timeout=5)
    return {"status": page.status_code, "length": len(page.content)}
