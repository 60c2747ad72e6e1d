import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/streams/embed")
def embed():
    channel = html.escape(request.args.get("channel", "main"), quote=False)
    page = "<iframe src='https://player.esports.example/embed?c=" + channel + "' width=640 height=360></iframe>"
    return page
