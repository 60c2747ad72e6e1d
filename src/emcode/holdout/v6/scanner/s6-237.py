from flask import Flask, request, render_template

app = Flask(__name__)

@app.route("/comments")
def comments():
    author = request.args.get("author", "")
    items = [c for c in load_comments() if c["author"] == author]
    return render_template("comments.html", author=author, ite