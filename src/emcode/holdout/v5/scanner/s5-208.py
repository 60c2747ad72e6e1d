from flask import Flask, request

app = Flask(__name__)

@app.route("/profile")
def profile():
    user = request.args.get("user", "guest")
    out = "<div>"
    out += "Profile of "
    out += user
    out += "</div>"
    return out, 200
