from flask import Flask, request
import bleach

app = Flask(__name__)
ALLOWED = ["b", "i", "em", "strong", "a"]
PROFILES = {}


@app.route("/profile/<int:uid>", methods=["POST"])
def save_profile(uid):
    PROFILES[uid] = request.form.get("bio", "")
    return "saved", 201


@app.route("/profile/<int:uid>")
def show_profile(uid):
    bio = PROFILES.get(uid, "")
    cleaned = bleach.clean(bio, tags=ALLOWED, attributes={"a": ["href"]}, strip=True)
    return f"<section class='bio'>{cleaned}</section>"
