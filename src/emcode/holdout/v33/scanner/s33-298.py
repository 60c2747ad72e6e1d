def insert_release(conn, project, version, sha256, uploader):
    cols = "(project, version, sha256, uploader)"
    vals = "('" + "', '".join([project, version, sha256, uploader]) + "')"
    conn.execute("INSERT INTO releases " + cols + " VALUES " + vals)
    conn.commit()
