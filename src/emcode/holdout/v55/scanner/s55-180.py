import sqlite3
from datetime import datetime


class CellarLedger:
    """Tiny ledger for bottles going in and out of the cellar."""

    def __init__(self, path="ledger.db"):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS moves (ts TEXT, wine TEXT, delta INTEGER, who TEXT)")

    def move(self, wine, delta, who):
        with self.db:
            self.db.execute("INSERT INTO moves VALUES (?, ?, ?, ?)", (datetime.now().isoformat(), wine, int(delta), who))

    def balance(self, wine=None):
        sql = "SELECT wine, SUM(delta) FROM moves"
        args = ()
        if wine is not None:
            sql += " WHERE wine = ?"
            args = (wine,)
        sql += " GROUP BY wine HAVING SUM(delta) != 0"
        return dict(self.db.execute(sql, args).fetchall())


if __name__ == "__main__":
    import sys
    ledger = CellarLedger()
    ledger.move(sys.argv[1], int(sys.argv[2]), sys.argv[3])
    print(ledger.balance(sys.argv[1]))
