def count_by_status(conn, status: str) -> int:
    row = conn.execute("SELECT COUNT(*) FROM tickets WHERE status = ?", (status,)).fetchone()
    return int(row[0])
