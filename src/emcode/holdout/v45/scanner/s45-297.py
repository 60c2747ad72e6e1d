from flask import Flask, request

app = Flask(__name__)

SAILINGS = {"AM1": "07:15 Harbour -> Isle", "PM4": "16:40 Isle -> Harbour"}


@app.route("/ferry/lookup")
def lookup():
    code = request.args.get("code", "")
    sailing = SAILINGS.get(code.upper())
    if sailing is None:
        page = "<h2>No sailing found for " + code + "</h2>"
    else:
        page = "<h2>" + sailing + "</h2>"
    return page


if __name__ == "__main__":
    app.run()
