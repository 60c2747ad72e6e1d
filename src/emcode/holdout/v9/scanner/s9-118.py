import sqlite3


class NoteBot:
    def __init__(self, path="notes.db"):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS notes (user TEXT, body TEXT)")

    def on_message(self, user, text):
        if text.startswith("!note "):
            body = text[6:]
            stmt = "INSERT INTO notes (user, body) VALUES ('" + user + "', '" + body + "')"
            self.db.execute(stmt)
            self.db.commit()
            return "saved"
        if text == "!list":
            rows = self.db.execute("SELECT body FROM notes WHERE user = '" + user + "'").fetchall()
            return "\n".join(r[0] for r in rows)
        return None
