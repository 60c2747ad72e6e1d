from flask import Flask, request

from .models import current_listing

app = Flask(__name__)


@app.get("/listings/<int:lid>/caption")
def caption(lid):
    listing = current_listing(lid)
    fmt = request.args.get("fmt", "{listing.address} - {listing.price}")
    text = fmt.format(listing=listing)
    return {"caption": text}
