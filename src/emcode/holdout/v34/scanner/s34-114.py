import bleach
from flask import Flask, request

app = Flask(__name__)


@app.post("/memorials/preview")
def memorial_preview():
    text = request.form.get("text", "")
    cleaned = bleach.clean(text, tags={"p", "em", "strong", "br"}, strip=True)
    html = f"<div class='memorial'>{cleaned}</div>"
    return html
