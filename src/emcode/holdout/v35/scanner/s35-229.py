def archive_newsletter(conn, issue_slug):
    with conn:
        conn.execute(
            "INSERT INTO issues_archive SELECT * FROM issues WHERE slug = ?",
            (issue_slug,),
        )
        conn.execute("DELETE FROM issues WHERE slug = ?", (issue_slug,))
