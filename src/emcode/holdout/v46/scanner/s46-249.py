from flask import Flask, render_template, request, abort

app = Flask(__name__)

LOANS = {
    17: {"instrument": "French horn", "student": "Ana P.", "due": "2027-02-01"},
    18: {"instrument": "Bassoon", "student": "Lee W.", "due": "2027-01-10"},
}


@app.get("/loans/<int:loan_id>")
def loan_page(loan_id):
    loan = LOANS.get(loan_id)
    if loan is None:
        abort(404)
    note = request.args.get("note", "")
    return render_template("loan.html", loan=loan, note=note)
