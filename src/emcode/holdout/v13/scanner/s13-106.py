import sqlite3

class MessageStore:
    def __init__(self, path="bot.db"):
        self.con = sqlite3.connect(path)
        self.con.execute("CREATE TABLE IF NOT EXISTS msgs(chan TEXT, author TEXT, body TEXT)")

    def save_batch(self, chan, batch):
        rows = [(chan, m["author"], m["text"]) for m in batch]
        with self.con:
            self.con.executemany("INSERT INTO msgs VALUES (?, ?, ?)", rows)

    def search(self, chan, word):
        q = "SELECT author, body FROM msgs WHERE chan = ?"
        q += " AND body LIKE ?"
        return self.con.execute(q, (chan, f"%{word}%")).fetchall()
