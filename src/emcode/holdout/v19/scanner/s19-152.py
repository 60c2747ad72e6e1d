import bleach
from flask import Flask, request

app = Flask(__name__)


@app.route("/chat/echo", methods=["POST"])
def chat_echo():
    user = request.form.get("user", "guest")
    msg = request.form.get("msg", "")
    safe_user = bleach.clean(user, tags=[], strip=True)
    safe_msg = bleach.linkify(bleach.clean(msg, tags=[], strip=True))
    bubble = f'<div class="bubble"><span class="who">{safe_user}</span>: {safe_msg}</div>'
    return bubble
