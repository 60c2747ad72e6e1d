import bleach
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "em", "strong", "a"]


@app.route("/profile", methods=["POST"])
def profile():
    raw_bio = request.form.get("bio", "")
    clean_bio = bleach.clean(raw_bio, tags=ALLOWED_TAGS, attributes={"a": ["href"]}, strip=True)
    display_name = escape(request.form.get("name", ""))
    page = f"<section><h1>{display_name}</h1><div class='bio'>{clean_bio}</div></section>"
    return page
