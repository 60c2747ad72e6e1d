from flask import Flask, request

app = Flask(__name__)


@app.route("/exhibit")
def exhibit():
    room = request.args.get("room", "")
    info = {"A": "Egyptian gallery", "B": "Medieval armour"}.get(ro