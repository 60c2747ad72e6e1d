from flask import Flask, request

app = Flask(__name__)

tickets = {}


@app.route("/repairs/<int:ticket_id>/note", methods=["POST"])
def add_note(ticket_id):
    note = request.form.get("note", "")
    tickets.setdefault(ticket_id, []).append(note)
    body = "<p>Note added to ticket #%d:</p><blockquote>%s</blockquote>" % (ticket_id, note)
    return body, 201
