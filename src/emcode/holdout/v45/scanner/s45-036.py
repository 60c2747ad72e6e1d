def import_volunteers(conn, names):
    statements = ["BEGIN;"]
    for n in names:
        statements.append("INSERT INTO volunteers (name) VALUES ('" + n + "');")
    statements.append("COMMIT;")
    conn.executescript("\n".join(statements))
