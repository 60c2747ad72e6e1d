import secrets
import sqlite3

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_invite(conn: sqlite3.Connection, team_id: int) -> str:
    code = "-".join("".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(3))
    with conn:
        conn.execute("INSERT INTO invites (code, team_id) VALUES (?, ?)", (code, team_id))
    return code
