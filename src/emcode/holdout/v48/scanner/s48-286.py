import sys

import mysql.connector


def main():
    term = sys.argv[1]
    cnx = mysql.connector.connect(user="reader", database="booth", option_files="/etc/booth/my.cnf")
    cur = cnx.cursor()
    query = "SELECT title, runtime FROM films"
    where = " WHERE title LIKE %s"
    cur.execute(query + where, (f"%{term}%",))
    for title, runtime in cur:
        print(f"{title} ({runtime} min)")


if __name__ == "__main__":
    main()
