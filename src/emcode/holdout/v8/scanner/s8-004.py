from flask import Flask, request, redirect

app = Flask(__name__)
COMMENTS = []


@app.route("/blog/<int:post_id>/comments", methods=["GET", "POST"])
def comments(post_id):
    if request.method == "POST":
        COMMENTS.append((post_id, request.form.get("author", "anon"), request.form.get("text", "")))
        return redirect(f"/blog/{post_id}/comments")
    html = "<h3>Comments</h3>"
    for pid, author, text in COMMENTS:
        if pid != post_id:
            continue
        html += "<p><b>" + author + "</b>: "
        html += text + "</p>"
    return html
