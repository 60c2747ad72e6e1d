import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/recipes/search")
def search_recipes():
    term = html.escape(request.args.get("q", ""))
    page = "<h2>Results for " + term + "</h2><p>No recipes matched yet.</p>"
    return page


if __name__ == "__main__":
    app.run()
