from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/recipes/tags")
def recipe_tags():
    tags = request.args.getlist("tag")
    items = ""
    for t in tags:
        items += "<li class='tag'>%s</li>" % t
    html_doc = "<ul>{}</ul>".format(items)
    resp = make_response(html_doc, 200)
    return resp
