import html

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/echo")
def echo():
    msg = request.args.get("msg", "ping")
    safe = html.escape(msg, quote=True)
    return Response("gateway says: " + safe, mimetype="text/plain")
