COLUMNS = ("project", "version", "sha256", "uploader")


def insert_release(conn, project, version, sha256, uploader):
    marks = ", ".join("?" * len(COLUMNS))
    sql = "INSERT INTO releases (" + ", ".join(COLUMNS) + ") VALUES (" + marks + ")"
    conn.execute(sql, (project, version, sha256, uploader))
    conn.commit()
