from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/recipes/<int:recipe_id>/preview-comment", methods=["POST"])
def preview_comment(recipe_id):
    author = request.form["author"]
    text = request.form["comment"]
    out = "<article>"
    out += "<header>" + author + " wrote:</header>"
    out += "<p>" + text.replace("\n", "<br>") + "</p>"
    out += "</article>"
    r = make_response(out, 200)
    return r
