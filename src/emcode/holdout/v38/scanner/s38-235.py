import argparse

import psycopg2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--holder", required=True)
    args = ap.parse_args()

    conn = psycopg2.connect(dbname="passes")
    cur = conn.cursor()
    base = "SELECT pass_no, tier, valid_until FROM season_passes "
    query = base + "WHERE holder_name = %s"
    cur.execute(query, (args.holder,))
    for row in cur.fetchall():
        print(*row, sep="\t")
    conn.close()


if __name__ == "__main__":
    main()
