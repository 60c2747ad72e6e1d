import bleach
from flask import Flask, request, make_response

app = Flask(__name__)
TEMPLATE = "<div class='review'><strong>{author}</strong><p>{body}</p></div>"


@app.route("/recipes/<int:recipe_id>/reviews", methods=["POST"])
def add_review(recipe_id):
    author = bleach.clean(request.form.get("author", "anonymous"), tags=[], strip=True)
    body = bleach.clean(request.form.get("body", ""), tags=[], strip=True)
    snippet = TEMPLATE.format(author=author, body=body)
    resp = make_response(snippet, 201)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
