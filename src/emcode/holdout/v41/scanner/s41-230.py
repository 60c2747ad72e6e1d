import sqlite3


def archive_campaign(db_path, campaign_name):
    con = sqlite3.connect(db_path)
    con.executescript(
        """
        BEGIN;
        INSERT INTO archived SELECT * FROM campaigns WHERE name = '%s';
        DELETE FROM campaigns WHERE name = '%s';
        COMMIT;
        """ % (campaign_name, campaign_name)
    )
    con.close()
