from flask import Flask, request

app = Flask(__name__)


def render_comment(author, body):
    html = "<article class='comment'>"
    html += "<h4>" + author + "</h4>"
    html += "<p>%s</p>" % body
    html += "</article>"
    return html


@app.route("/blog/preview", methods=["POST"])
def preview():
    author = request.form.get("author", "anonymous")
    body = request.form.get("body", "")
    snippet = render_comment(author, body)
    return "<html><body>" + snippet + "</body></html>"
