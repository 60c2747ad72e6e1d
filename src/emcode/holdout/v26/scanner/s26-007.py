from flask import Flask, request, redirect, abort

app = Flask(__name__)
PARTNERS = {
    "tickets": "https://tickets.filmfest.example/checkout",
    "merch": "https://shop.filmfest.example/",
}


@app.get("/out")
def outbound():
    key = request.args.get("dest", "")
    url = PARTNERS.get(key)
    if url is None:
        abort(404)
    return redirect(url)
