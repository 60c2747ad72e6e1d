from flask import Flask

app = Flask(__name__)

BANNER = "<header><h1>{venue}</h1><p>{count} upcoming shows</p></header>"
SHOWS = {"roundhouse": 12, "brixton-academy": 8}


@app.get("/venues/<venue>")
def venue_banner(venue):
    count = SHOWS.get(venue.lower(), 0)
    banner = BANNER.format(venue=venue.replace("-", " ").title(), count=count)
    return banner
