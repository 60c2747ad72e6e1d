from flask import Flask, request, make_response, jsonify

app = Flask(__name__)


def _wrap(tag, inner):
    return "<" + tag + ">" + inner + "</" + tag + ">"


@app.route("/blog/<int:post_id>/preview", methods=["POST"])
def preview_comment(post_id):
    data = request.get_json(silent=True) or {}
    author = data.get("author", "anonymous")
    text = data.get("text", "")
    if len(text) > 2000:
        return jsonify(error="comment too long"), 400
    html = _wrap("strong", author)
    html += " wrote on post %d:" % post_id
    html += _wrap("blockquote", text)
    response = make_response(html, 200)
    response.mimetype = "text/html"
    return response
