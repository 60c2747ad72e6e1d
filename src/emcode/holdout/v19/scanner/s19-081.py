from flask import Flask, request, render_template
from .models import Ticket

app = Flask(__name__)


@app.route("/tickets/<int:ticket_id>")
def show_ticket(ticket_id):
    ticket = Ticket.query.get_or_404(ticket_id)
    highlight = request.args.get("hl", "")
    return render_template(
        "ticket.html",
        ticket=ticket,
        highlight=highlight,
    )
