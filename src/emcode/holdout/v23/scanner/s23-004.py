from flask import Flask, request

app = Flask(__name__)


@app.route("/lobby/join", methods=["POST"])
def join_lobby():
    nickname = request.form.get("nickname", "").strip()
    server = request.form.get("server", "eu-1")
    if not nickname:
        return "Please choose a nickname", 400
    message = "Welcome to " + server + ", " + nickname + "! Waiting for other players..."
    return message
