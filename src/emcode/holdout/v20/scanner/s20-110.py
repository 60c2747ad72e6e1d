import bleach
import markdown
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

PAGE = "<article><h1>{title}</h1><div class='body'>{body}</div></article>"
TAGS = ["p", "em", "strong", "ul", "ol", "li", "code", "pre", "blockquote", "a"]


@app.route("/preview", methods=["POST"])
def preview():
    title = escape(request.form.get("title", "Untitled"))
    rendered = markdown.markdown(request.form.get("body", ""))
    body = bleach.clean(rendered, tags=TAGS, attributes={"a": ["href", "title"]})
    return PAGE.format(title=title, body=body)
