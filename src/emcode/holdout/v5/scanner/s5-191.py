from html import escape as esc
from flask import Flask, request

app = Flask(__name__)

def safe(value: str) -> str:
    return esc(value, quote=True)

@app.route("/profile")
def profile():
    user = safe(request.args.get("user", "guest"))
    out = "<div>"
    out += "Profile of "
    out += user
    out += "</div>"
    return out, 200
