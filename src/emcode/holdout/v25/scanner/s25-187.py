from flask import Flask, request

app = Flask(__name__)
HYMNS = {"amazing grace": 378, "abide with me": 10}


@app.route("/hymns")
def hymns():
    q = request.args.get("q", "").lower()
    number = HYMNS.get(q)
    if number is None:
        return f"<p>No hymn called <em>{q}</em> in the book.</p>", 404
    page = "<h1>Hymn %d</h1>" % number
    page += "<footer>Parish hymn finder - searched for 