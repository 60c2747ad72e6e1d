from flask import Flask, request, make_response

app = Flask(__name__)

TEMPLATE = "<div class='booking'><h2>Booked: {tour}</h2><p>Guests: {guests}</p></div>"


@app.route("/book", methods=["POST"])
def book_tour():
    tour = request.form["tour"]
    guests = int(request.form.get("guests", "1"))
    body = TEMPLATE.format(tour=tour, guests=guests)
    resp = make_response(body, 201)
    resp.headers["Cache-Control"] = "no-store"
    return resp
