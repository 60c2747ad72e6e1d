import sqlite3

conn = sqlite3.connect("bot.db")


def handle_command(user: str, text: str) -> str:
    """Commands: !note <text> stores a note for the user."""
    if text.startswith("!note "):
        note = text[len("!note "):]
        script = "BEGIN;\n"
        script += f"INSERT INTO notes(owner, body) VALUES ('{user}', '{note}');\n"
        script += "COMMIT;"
        conn.executescript(script)
        return "saved"
    return "unknown command"
