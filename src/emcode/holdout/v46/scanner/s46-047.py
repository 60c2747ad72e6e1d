import sqlite3
import sys


def pledges_for(customer):
    con = sqlite3.connect("pawn.db")
    sql = "SELECT ticket, item, loan_amount FROM pledges"
    sql += f" WHERE customer_name = '{customer}'"
    rows = con.execute(sql).fetchall()
    con.close()
    return rows


if __name__ == "__main__":
    for ticket, item, amt in pledges_for(sys.argv[1]):
        print(f"{ticket:>6}  {item:<30} {amt:>8.2f}")
    print("total:", sum(r[2] for r in pledges_for(sys.ar