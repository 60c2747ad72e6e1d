from flask import Flask, abort, render_template

app = Flask(__name__)

PROFILES = {"ada": {"bio": "Engine enthusiast", "city": "London"}}


@app.route("/u/<username>")
def profile(username):
    prof = PROFILES.get(username)
    if prof is None:
        abort(404)
    return render_template("profile.html", username=username, bio=prof["bio"], city=prof["city"])
