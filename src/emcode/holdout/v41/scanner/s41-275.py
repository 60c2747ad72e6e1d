from flask import Flask, request

app = Flask(__name__)


class Member:
    def __init__(self, name, card):
        self.name = name
        self.card = card


@app.get("/greeting")
def greeting():
    fmt = request.args.get("fmt", "Welcome back, {m.name}!")
    member = Member("Ada", "LIB-00042")
    return {"text": fmt.format(m=member)}
