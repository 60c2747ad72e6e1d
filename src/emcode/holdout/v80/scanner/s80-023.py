def fetch_hives(conn, hive_ids):
    if not hive_ids:
        return []
    marks = ",".join("?" * len(hive_ids))
    cur = conn.cursor()
    cur.execute(f"SELECT id, apiary, queen_year FROM hives WHERE id IN ({marks})", list(hive_ids))
    return cur.fetchall()
