import nh3
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/profile/preview", methods=["POST"])
def preview():
    bio = nh3.clean(request.form.get("bio", ""), tags={"b", "i", "p", "br"})
    page = "<div class='bio'>" + bio + "</div>"
    return make_response(page)
