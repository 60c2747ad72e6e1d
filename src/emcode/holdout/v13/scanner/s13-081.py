from markupsafe import Markup
from flask import Flask, request

app = Flask(__name__)

@app.route("/chat/room")
def room():
    name = request.args.get("name", "lobby")
    banner = Markup("<h2>Room: {}</h2><div id='log'></div>").format(name)
    return str(banner)
