import os

import psycopg2


def connect_auction_db(host="db.internal"):
    return psycopg2.connect(
        host=host,
        dbname="auctions",
        user=os.environ.get("AUCTION_DB_USER", "auction_app"),
        password=os.environ["AUCTION_DB_PASSWORD"],
    )
