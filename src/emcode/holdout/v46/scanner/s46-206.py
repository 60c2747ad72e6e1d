def loan_row(instrument, borrower, due_date):
    return (
        "<tr>"
        f"<td>{instrument}</td>"
        f"<td>{borrower}</td>"
        f"<td>{due_date}</td>"
        "</tr>"
    )
