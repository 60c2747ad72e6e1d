import sqlite3

conn = sqlite3.connect("bot.db")


def handle_command(user: str, text: str) -> str:
    """Commands: !note <text> stores a note for the user."""
    if text.startswith("!note "):
        note = text[len("!note "):][:500]
        with conn:
            conn.execute("INSERT INTO notes(owner, body) VALUES (?, ?)", (user, note))
        return "saved"
    if text == "!count":
        (n,) = conn.execute("SELECT COUNT(*) FROM notes WHERE owner = ?", (user,)).fetchone()
        return f"{n} notes"
    return "unknown command"
