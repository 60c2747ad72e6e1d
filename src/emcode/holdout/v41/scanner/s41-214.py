import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/campaigns/share")
def share():
    title = request.args.get("title", "")
    creator = request.args.get("by", "")
    title_html = html.escape(title)
    card = "<div class='share'><b>" + title_html + "</b> by <i>" + creator + "</i></div>"
    return card
