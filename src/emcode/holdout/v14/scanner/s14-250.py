from flask import Flask, request, make_response
from markupsafe import Markup

app = Flask(__name__)


@app.route("/welcome", methods=["POST"])
def welcome():
    user = request.form.get("username", "guest")
    page = Markup("<div class='banner'>Welcome back, {}!</div>").format(user)
    resp = make_response(str(page))
    resp.set_cookie("seen_banner", "1", httponly=True, samesite="Lax", secure=True)
    return resp
