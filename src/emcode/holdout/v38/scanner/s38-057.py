from flask import Flask, request

app = Flask(__name__)

BEERS = {"ipa": 42, "stout": 17, "pilsner": 88}


@app.route("/stock")
def stock():
    style = request.args.get("style", "")
    count = BEERS.get(style.lower(), 0)
    page = "<h2>Stock for " + style + "</h2><p>" + str(count) + " kegs on hand</p>"
    return page


if __name__ == "__main__":
    app.run()
