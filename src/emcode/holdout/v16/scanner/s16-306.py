from flask import Flask, request

app = Flask(__name__)

profiles = {}


@app.route("/profile/<int:uid>", methods=["GET", "POST"])
def profile(uid):
    if request.method == "POST":
        profiles[uid] = {
            "display": request.form["display"],
            "bio": request.form.get("bio", ""),
        }
    data = profiles.get(uid, {"display": "anonymous", "bio": ""})
    out = "<html><body>"
    out += "<h1>" + data["display"] + "</h1>"
    out += "<section class='bio'>%s</section>" % data["bio"]
    out += "</body></html>"
    return out, 200, {"Content-Type": "text/html"}
