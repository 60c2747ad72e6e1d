from flask import Flask, make_response

app = Flask(__name__)

EVENTS = {"summer-jam-2025": "Summer Jam", "night-of-brass": "Night of Brass"}


@app.route("/events/<slug>")
def event_page(slug):
    title = EVENTS.get(slug)
    if title is None:
        content = "<h1>Event not found</h1><p>We could not find that event. Check the link and try again.</p>"
        resp = make_response(content, 404)
        return resp
    return make_response(f"<h1>{title}</h1>")
