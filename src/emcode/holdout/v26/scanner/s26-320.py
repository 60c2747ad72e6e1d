import os
import mysql.connector


def reserve_bike(dock_id: int, member_id: int) -> int:
    cnx = mysql.connector.connect(host="db", user="app", password=os.environ["DB_PASS"], database="bikes")
    try:
        cur = cnx.cursor()
        result = cur.callproc("reserve_bike", [dock_id, member_id, 0])
        cnx.commit()
        return int(result[2])
    finally:
        cnx.close()
