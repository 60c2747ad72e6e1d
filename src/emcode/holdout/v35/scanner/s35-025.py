from flask import Flask, render_template_string, request

app = Flask(__name__)

tickets = {}

NOTE_TMPL = "<p>Note added to ticket #{{ tid }}:</p><blockquote>{{ note }}</blockquote>"


@app.route("/repairs/<int:ticket_id>/note", methods=["POST"])
def add_note(ticket_id):
    note = request.form.get("note", "")
    tickets.setdefault(ticket_id, []).append(note)
    return render_template_string(NOTE_TMPL, tid=ticket_id, note=note), 201
