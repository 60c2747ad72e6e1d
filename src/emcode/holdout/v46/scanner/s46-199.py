from html import escape


def loan_row(instrument, borrower, due_date):
    return (
        "<tr>"
        f"<td>{escape(str(instrument))}</td>"
        f"<td>{escape(str(borrower))}</td>"
        f"<td>{escape(str(due_date))}</td>"
        "</tr>"
    )
