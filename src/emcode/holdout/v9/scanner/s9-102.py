from html import escape as esc
from flask import Flask, request

app = Flask(__name__)
MESSAGES = []


def line(m: dict) -> str:
    return "<p><b>{}</b>: {}</p>".format(esc(m["who"]), esc(m["text"]))


@app.post("/chat/send")
def send():
    MESSAGES.append({"who": request.form["who"][:40], "text": request.form["text"][:500]})
    return "", 204


@app.get("/chat")
def transcript():
    page = "<html><body>" + "\n".join(line(m) for m in MESSAGES[-50:]) + "</body></html>"
    return page
