import html
from urllib.parse import quote

from flask import Flask, request

app = Flask(__name__)


@app.route("/streams/embed")
def embed():
    channel = request.args.get("channel", "main")
    src = "https://player.esports.example/embed?c=" + quote(channel, safe="")
    page = "<iframe src='" + html.escape(src, quote=True) + "' width=640 height=360></iframe>"
    return page
