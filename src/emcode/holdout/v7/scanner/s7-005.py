from flask import Flask, request, render_template

app = Flask(__name__)
COMMENTS = []

ERROR_TMPL = "<div class='error'>Could not save comment: {body} (too long by {extra} chars)</div>"


@app.route("/blog/<int:post_id>/comments", methods=["POST"])
def add_comment(post_id):
    body = request.form.get("body", "")
    if len(body) > 500:
        html = ERROR_TMPL.format(body=body, extra=len(body) - 500)
        return html, 400
    COMMENTS.append((post_id, body))
    return render_template("thanks.html", post_id=post_id)


@app.route("/blog/<int:post_id>/comments")
def list_comments(post_id):
    return render_template("comments.html", comments=[c for p, c in COMMENTS if p == post_id])
