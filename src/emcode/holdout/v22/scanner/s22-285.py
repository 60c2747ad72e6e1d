from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/recipes/tags")
def recipe_tags():
    tags = request.args.getlist("tag")
    items = ""
    for t in tags:
        items += "<li class='tag'>%s</li>" % escape(t)
    html_doc = "<ul>{}</ul>".format(items)
    return make_response(html_doc, 200)
