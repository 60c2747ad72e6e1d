import bleach
from flask import Flask, request

app = Flask(__name__)
TAGS = ["b", "i", "em", "strong", "br"]


@app.post("/guestbook/preview")
def preview():
    message = bleach.clean(request.form.get("message", ""), tags=TAGS, strip=True)
    author = bleach.clean(request.form.get("author", "anonymous"), tags=[], strip=True)
    return f"<blockquote>{message}</blockquote><cite>{author}</cite>"
