from html import escape

from flask import Flask, make_response

app = Flask(__name__)
MESSAGES = [("bot", "Hi! How can I help?")]


@app.route("/transcript/<room>")
def transcript(room):
    room_safe = escape(room)
    lines = [f"<p><b>{escape(who)}</b>: {escape(text)}</p>" for who, text in MESSAGES]
    doc = "<html><head><title>Room " + room_safe + "</title></head><body>" + "".join(lines) + "</body></html>"
    resp = make_response(doc)
    resp.headers["Content-Security-Policy"] = "default-src 'self'"
    return resp
