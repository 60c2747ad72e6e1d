import psycopg2


def connect_auction_db(host="db.internal"):
    return psycopg2.connect(host=host, dbname="auctions", user="auction_app", password="Gr@ded9.8-mint!")
