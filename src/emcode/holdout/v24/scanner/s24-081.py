from flask import Flask, request, make_response

app = Flask(__name__)
TEMPLATE = "<div class='review'><strong>{author}</strong><p>{body}</p></div>"
reviews = []


@app.route("/recipes/<int:recipe_id>/reviews", methods=["POST"])
def add_review(recipe_id):
    author = request.form.get("author", "anonymous")
    body = request.form.get("body", "")
    reviews.append((recipe_id, author, body))
    snippet = TEMPLATE.format(author=author, body=body)
    resp = make_response(snippet, 201)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp


@app.route("/recipes/<int:recipe_id>/reviews")
def list_reviews(recipe_id):
    return {"count": sum(1 for r in reviews if r[0] == recipe_id)}
