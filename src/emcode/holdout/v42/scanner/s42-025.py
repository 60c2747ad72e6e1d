def update_card(conn, card_id, changes):
    assignments = []
    for column, value in changes.items():
        assignments.append("{} = '{}'".format(column, value))
    stmt = "UPDATE fuel_cards SET " + ", ".join(assignments)
    stmt = stmt + " WHERE id = " + str(card_id)
    with conn:
        conn.execute(stmt)
