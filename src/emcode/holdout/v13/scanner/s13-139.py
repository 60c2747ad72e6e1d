from flask import Flask, request, make_response

app = Flask(__name__)
BIOS = {}

@app.route("/profile", methods=["GET", "POST"])
def profile():
    user = request.args.get("user", "me")
    if request.method == "POST":
        BIOS[user] = request.form.get("bio", "")
    bio = BIOS.get(user, "")
    html = "<section><h2>%s</h2>" % user
    html += "<p>%s</p></section>" % bio
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
