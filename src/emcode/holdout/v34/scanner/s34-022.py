import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/players/avatar")
def set_avatar():
    src = request.json.get("image_url", "")
    img = requests.get(src, timeout=10)
    if img.headers.get("Content-Type", "").startswith("image/"):
        return {"bytes": len(img.content)}
    return {"error": "not an image"}, 400
