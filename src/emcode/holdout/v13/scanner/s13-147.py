import sqlite3

class History:
    def __init__(self):
        self.db = sqlite3.connect("chat.db")

    def search(self, channel, word):
        base = "SELECT author, body FROM messages WHERE channel = ?"
        extra = f" AND body LIKE '%{word}%'"
        return self.db.execute(base + extra, (channel,)).fetchall()

def on_command(hist, channel, text):
    if text.startswith("!find "):
        return hist.search(channel, text[6:])
