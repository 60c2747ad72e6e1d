from html import escape
from flask import Flask, request

app = Flask(__name__)
PHOTOS = [{"file": "a.jpg", "caption": "Opening night"}, {"file": "b.jpg", "caption": "Keynote"}]


def safe_caption(text: str) -> str:
    return escape(text.strip())[:140]


@app.route("/gallery")
def gallery():
    title = safe_caption(request.args.get("title", "Gallery"))
    figures = []
    for p in PHOTOS:
        figures.append(
            "<figure><img src='/static/%s' alt='%s'><figcaption>%s</figcaption></figure>"
            % (escape(p["file"]), safe_caption(p["caption"]), safe_caption(p["caption"]))
        )
    page = "<h1>" + title + "</h1>" + "\n".join(figures)
    return page
