from string import Template

from flask import Flask, request

from .models import current_listing

app = Flask(__name__)


@app.get("/listings/<int:lid>/caption")
def caption(lid):
    listing = current_listing(lid)
    fmt = request.args.get("fmt", "$address - $price")[:200]
    values = {"address": str(listing.address), "price": f"{listing.price:,}", "beds": str(listing.bedrooms)}
    text = Template(fmt).safe_substitute(values)
    return {"caption": text}
