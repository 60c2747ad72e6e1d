from flask import Flask, request, make_response

app = Flask(__name__)

WELCOME = "<div class='banner'>Welcome back, {user}! You have {n} new messages.</div>"


@app.route("/welcome", methods=["POST"])
def welcome():
    user = request.form.get("username", "guest")
    n = 3
    page = WELCOME.format(user=user, n=n)
    resp = make_response(page)
    resp.set_cookie("seen_banner", "1")
    return resp
