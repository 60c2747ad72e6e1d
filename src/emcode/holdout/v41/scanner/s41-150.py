import sqlite3


def archive_campaign(db_path, campaign_name):
    con = sqlite3.connect(db_path)
    try:
        with con:
            con.execute("INSERT INTO archived SELECT * FROM campaigns WHERE name = ?", (campaign_name,))
            con.execute("DELETE FROM campaigns WHERE name = ?", (campaign_name,))
    finally:
        con.close()
