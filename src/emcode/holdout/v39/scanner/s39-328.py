import bleach
from flask import Flask, request

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "em", "strong", "p", "br"]


@app.post("/exhibits/preview")
def preview_exhibit():
    desc = bleach.clean(request.form.get("description", ""), tags=ALLOWED_TAGS, strip=True)
    title = bleach.clean(request.form.get("title", ""), tags=[], strip=True)
    html = f"<article><h2>{title}</h2>{desc}</article>"
    return html
