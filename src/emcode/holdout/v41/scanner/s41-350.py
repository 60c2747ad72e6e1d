from urllib.parse import urlsplit

from flask import Flask, request

app = Flask(__name__)
CONSOLE_HOSTS = {"console.sunfield.example"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    parts = urlsplit(origin)
    if parts.scheme == "https" and parts.hostname in CONSOLE_HOSTS and parts.port in (None, 443):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/arrays")
def arrays():
    return {"arrays": ["north", "south"]}
