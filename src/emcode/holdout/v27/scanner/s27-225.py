from flask import Flask, redirect, abort

app = Flask(__name__)
PARTNERS = {"glacier": "https://glacier-tours.example/book", "fjord": "https://fjord-kayak.example/book"}


@app.route("/partner/<slug>")
def partner(slug):
    url = PARTNERS.get(slug)
    if url is None:
        abort(404)
    return redirect(url)
