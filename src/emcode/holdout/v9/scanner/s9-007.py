import bleach
from flask import Flask, request, make_response

app = Flask(__name__)
ALLOWED = ["b", "i", "em", "strong", "a"]


@app.route("/profile/preview", methods=["POST"])
def profile_preview():
    bio = request.form.get("bio", "")
    cleaned = bleach.clean(bio, tags=ALLOWED, attributes={"a": ["href"]}, strip=True)
    html_out = f"<section class='bio'>{cleaned}</section>"
    resp = make_response(html_out)
    resp.headers["Content-Security-Policy"] = "default-src 'self'"
    return resp
