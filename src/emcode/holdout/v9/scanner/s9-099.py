from flask import Flask, request

app = Flask(__name__)
MESSAGES = []


@app.post("/chat/send")
def send():
    MESSAGES.append({"who": request.form["who"], "text": request.form["text"]})
    return "", 204


@app.get("/chat")
def transcript():
    lines = []
    for m in MESSAGES[-50:]:
        lines.append("<p><b>{}</b>: {}</p>".format(m["who"], m["text"]))
    page = "<html><body>" + "\n".join(lines) + "</body></html>"
    return page
