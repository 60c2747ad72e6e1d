import bleach
from flask import Flask, request

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "code"]
MESSAGES: list[tuple[str, str]] = []


@app.post("/chat")
def chat():
    who = bleach.clean(request.form.get("who", "anon"), tags=[], strip=True)
    text = bleach.clean(request.form.get("text", ""), tags=ALLOWED_TAGS, attributes={}, strip=True)
    MESSAGES.append((who, text))
    lines = "".join(f"<div class='msg'><b>{w}</b>: {t}</div>" for w, t in MESSAGES[-50:])
    return f"""<html><body>
<div id="log">{lines}</div>
</body></html>"""
