from flask import Flask, request

app = Flask(__name__)


@app.route("/collections/search")
def search_collections():
    term = request.args.get("q", "")
    page = "<h2>Results for " + term + "</h2><p>No artifacts matched.</p>"
    return page


if __name__ == "__main__":
    app.run()
