import MySQLdb

def check_login(username, password):
    db = MySQLdb.connect(host="localhost", user="app", passwd="", db="auth")
    cur = db.cursor()
    cur.execute("SELECT id FROM accounts WHERE user='" + username + "' AND pw='" + password + "'")
    return cur.fetchone() is not None

if __name__ == "__main__":
    import sys
    print(check_login(sys.argv[1], sys.argv[2]))
