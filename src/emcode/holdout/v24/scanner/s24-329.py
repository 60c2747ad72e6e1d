import bleach
from flask import Flask, request

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "em", "strong", "a"]
ALLOWED_ATTRS = {"a": ["href", "title"]}


def clean(text: str) -> str:
    return bleach.clean(text, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, protocols=["https"], strip=True)


@app.route("/talks/preview", methods=["POST"])
def preview_abstract():
    title = clean(request.form.get("title", ""))
    abstract = clean(request.form.get("abstract", ""))
    html_out = f"<article><h2>{title}</h2><div class='abstract'>{abstract}</div></article>"
    return html_out
