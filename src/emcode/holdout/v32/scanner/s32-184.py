from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    member = request.args.get("member", "traveller")
    tier = request.args.get("tier", "Blue")
    return render_template("welcome.html", member=member, tier=tier)
