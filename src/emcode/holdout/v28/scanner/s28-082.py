SCHEMA = {
    "pets": {"name", "species", "owner_id", "born"},
    "visits": {"pet_id", "vet_id", "reason", "visited_at"},
}


def insert_row(cursor, table, record):
    allowed = SCHEMA.get(table)
    if allowed is None or not set(record) <= allowed:
        raise ValueError("unknown table or column")
    cols = list(record)
    stmt = "INSERT INTO " + table
    stmt += " (" + ", ".join(cols) + ") VALUES (" + ", ".join("?" for _ in cols) + ")"
    cursor.execute(stmt, [record[c] for c in cols])
