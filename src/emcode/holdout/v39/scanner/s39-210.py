from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/listen")
def listen():
    show = request.args.get("show", "")
    ep = request.args.get("ep", "")
    return render_template("player.html", show=show, ep=ep)
